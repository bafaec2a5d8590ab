using Bridge.Connectors.ConnectWise.Models;
using Refit;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// The subset of the ConnectWise Manage REST API 3.0 the bridge uses. Paths are relative to
/// <see cref="ConnectWiseOptions.BaseUrl"/> (which ends in <c>apis/3.0/</c>).
/// </summary>
/// <remarks>
/// List calls return <see cref="IApiResponse{T}"/> so the <c>Link</c> header stays readable; enumerate
/// them with <see cref="ConnectWisePager"/>. A list response does not throw on failure: call
/// <see cref="ConnectWiseApiResponseExtensions.EnsureConnectWiseSuccessAsync{T}"/> (the pager does).
/// Every other call throws <see cref="ConnectWiseApiException"/> on a non-success answer.
/// Query values (<c>conditions</c> etc.) are URL-encoded by Refit; build them with <see cref="Conditions"/>.
/// Writes (POST/PATCH) are retried by the client only on 429: the outbox owns their retries.
/// </remarks>
public interface IConnectWiseApi
{
    /// <summary><c>GET service/tickets</c>.</summary>
    /// <param name="conditions">Conditions, e.g. <c>lastUpdated &gt; [2026-01-02T03:04:05Z]</c>.</param>
    /// <param name="childConditions">Conditions on child arrays.</param>
    /// <param name="orderBy">E.g. <c>id asc</c>.</param>
    /// <param name="fields">Partial response, e.g. <c>id,summary,_info/lastUpdated</c>.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Rows per page (max 1000; ConnectWise defaults to 25).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/service/tickets")]
    Task<IApiResponse<List<Ticket>>> GetTicketsAsync(
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("childConditions")] string? childConditions = null,
        [AliasAs("orderBy")] string? orderBy = null,
        [AliasAs("fields")] string? fields = null,
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET service/tickets/count</c>.</summary>
    /// <param name="conditions">Conditions.</param>
    /// <param name="childConditions">Conditions on child arrays.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The count.</returns>
    [Get("/service/tickets/count")]
    Task<CountResult> GetTicketCountAsync(
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("childConditions")] string? childConditions = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET service/tickets/{id}</c>.</summary>
    /// <param name="id">Ticket id.</param>
    /// <param name="fields">Partial response fields.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The ticket.</returns>
    [Get("/service/tickets/{id}")]
    Task<Ticket> GetTicketAsync(int id, [AliasAs("fields")] string? fields = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST service/tickets</c> (not retried except on 429).</summary>
    /// <param name="ticket">The ticket; <c>summary</c> and <c>company</c> are required.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The created ticket.</returns>
    [Post("/service/tickets")]
    Task<Ticket> CreateTicketAsync([Body] Ticket ticket, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH service/tickets/{id}</c> with a JSON-patch operation array.</summary>
    /// <param name="id">Ticket id.</param>
    /// <param name="operations">E.g. <c>[PatchOperation.Replace("status", new { id = 5 })]</c>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The updated ticket.</returns>
    [Patch("/service/tickets/{id}")]
    Task<Ticket> PatchTicketAsync(int id, [Body] IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken = default);

    /// <summary><c>GET service/tickets/{ticketId}/notes</c>.</summary>
    /// <param name="ticketId">Ticket id.</param>
    /// <param name="conditions">Conditions.</param>
    /// <param name="orderBy">Order.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Rows per page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/service/tickets/{ticketId}/notes")]
    Task<IApiResponse<List<TicketNote>>> GetTicketNotesAsync(
        int ticketId,
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("orderBy")] string? orderBy = null,
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST service/tickets/{ticketId}/notes</c> (not retried except on 429).</summary>
    /// <param name="ticketId">Ticket id.</param>
    /// <param name="note">The note.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The created note.</returns>
    [Post("/service/tickets/{ticketId}/notes")]
    Task<TicketNote> CreateTicketNoteAsync(int ticketId, [Body] TicketNote note, CancellationToken cancellationToken = default);

    /// <summary><c>GET time/entries</c>.</summary>
    /// <param name="conditions">Conditions, e.g. <c>chargeToId = 5 and chargeToType = "ServiceTicket"</c>.</param>
    /// <param name="orderBy">Order.</param>
    /// <param name="fields">Partial response fields.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Rows per page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/time/entries")]
    Task<IApiResponse<List<TimeEntry>>> GetTimeEntriesAsync(
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("orderBy")] string? orderBy = null,
        [AliasAs("fields")] string? fields = null,
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET time/entries/{id}</c>.</summary>
    /// <param name="id">Time entry id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The time entry.</returns>
    [Get("/time/entries/{id}")]
    Task<TimeEntry> GetTimeEntryAsync(int id, CancellationToken cancellationToken = default);

    /// <summary><c>POST time/entries</c> (not retried except on 429; look it up by its marker before re-posting).</summary>
    /// <param name="entry">The entry; <c>timeStart</c> is required.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The created entry.</returns>
    [Post("/time/entries")]
    Task<TimeEntry> CreateTimeEntryAsync([Body] TimeEntry entry, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH time/entries/{id}</c>.</summary>
    /// <param name="id">Time entry id.</param>
    /// <param name="operations">Patch operations.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The updated entry.</returns>
    [Patch("/time/entries/{id}")]
    Task<TimeEntry> PatchTimeEntryAsync(int id, [Body] IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken = default);

    /// <summary><c>GET time/workTypes</c>.</summary>
    /// <param name="conditions">Conditions.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Rows per page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/time/workTypes")]
    Task<IApiResponse<List<WorkType>>> GetWorkTypesAsync(
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET service/boards</c>.</summary>
    /// <param name="conditions">Conditions (boards filter on <c>name</c>, not <c>board/name</c>).</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Rows per page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/service/boards")]
    Task<IApiResponse<List<Board>>> GetBoardsAsync(
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET service/boards/{boardId}/statuses</c>.</summary>
    /// <param name="boardId">Board id.</param>
    /// <param name="conditions">Conditions.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Rows per page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/service/boards/{boardId}/statuses")]
    Task<IApiResponse<List<BoardStatus>>> GetBoardStatusesAsync(
        int boardId,
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET service/priorities</c>.</summary>
    /// <param name="conditions">Conditions.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Rows per page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/service/priorities")]
    Task<IApiResponse<List<Priority>>> GetPrioritiesAsync(
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET system/members</c>.</summary>
    /// <param name="conditions">Conditions.</param>
    /// <param name="fields">Partial response fields.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Rows per page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/system/members")]
    Task<IApiResponse<List<Member>>> GetMembersAsync(
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("fields")] string? fields = null,
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET company/companies</c>.</summary>
    /// <param name="conditions">Conditions.</param>
    /// <param name="fields">Partial response fields.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Rows per page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/company/companies")]
    Task<IApiResponse<List<Company>>> GetCompaniesAsync(
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("fields")] string? fields = null,
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET company/companies/{id}</c>.</summary>
    /// <param name="id">Company id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The company.</returns>
    [Get("/company/companies/{id}")]
    Task<Company> GetCompanyAsync(int id, CancellationToken cancellationToken = default);

    /// <summary><c>GET company/contacts</c>.</summary>
    /// <param name="conditions">Conditions (contacts have no <c>name</c>).</param>
    /// <param name="childConditions">Child conditions, e.g. on <c>communicationItems/value</c>.</param>
    /// <param name="fields">Partial response fields.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Rows per page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/company/contacts")]
    Task<IApiResponse<List<Contact>>> GetContactsAsync(
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("childConditions")] string? childConditions = null,
        [AliasAs("fields")] string? fields = null,
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET company/contacts/{id}</c>.</summary>
    /// <param name="id">Contact id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The contact.</returns>
    [Get("/company/contacts/{id}")]
    Task<Contact> GetContactAsync(int id, CancellationToken cancellationToken = default);

    /// <summary><c>GET system/callbacks</c>.</summary>
    /// <param name="conditions">Conditions.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Rows per page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/system/callbacks")]
    Task<IApiResponse<List<CallbackEntry>>> GetCallbacksAsync(
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET system/callbacks/{id}</c>.</summary>
    /// <param name="id">Registration id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The registration.</returns>
    [Get("/system/callbacks/{id}")]
    Task<CallbackEntry> GetCallbackAsync(int id, CancellationToken cancellationToken = default);

    /// <summary><c>POST system/callbacks</c>.</summary>
    /// <param name="callback">The registration (<c>url</c>, <c>objectId</c>, <c>type</c>, <c>level</c>).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The created registration.</returns>
    [Post("/system/callbacks")]
    Task<CallbackEntry> CreateCallbackAsync([Body] CallbackEntry callback, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH system/callbacks/{id}</c> with a JSON-patch operation array.</summary>
    /// <param name="id">Registration id.</param>
    /// <param name="operations">E.g. <c>[PatchOperation.Replace("isSelfSuppressedFlag", true)]</c>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The updated registration.</returns>
    [Patch("/system/callbacks/{id}")]
    Task<CallbackEntry> PatchCallbackAsync(int id, [Body] IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE system/callbacks/{id}</c>.</summary>
    /// <param name="id">Registration id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    [Delete("/system/callbacks/{id}")]
    Task DeleteCallbackAsync(int id, CancellationToken cancellationToken = default);

    /// <summary><c>GET system/info</c>: server version and whether it is cloud.</summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The server information.</returns>
    [Get("/system/info")]
    Task<SystemInfo> GetSystemInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET service/tickets</c> with ConnectWise's forward-only pagination: rows in id order after
    /// <paramref name="pageId"/>, so tickets saved during a long scan cannot shift a page and be skipped.
    /// <c>orderBy</c> is not allowed in this mode. Enumerate with <see cref="ConnectWisePager.EnumerateForwardOnlyAsync{T}"/>.
    /// </summary>
    /// <param name="conditions">Conditions.</param>
    /// <param name="fields">Partial response fields.</param>
    /// <param name="pageId">The last id of the previous page; null for the first page.</param>
    /// <param name="pageSize">Rows per page (max 1000).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/service/tickets")]
    [Headers("pagination-type: forward-only")]
    Task<IApiResponse<List<Ticket>>> GetTicketsForwardOnlyAsync(
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("fields")] string? fields = null,
        [AliasAs("pageId")] long? pageId = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET project/tickets</c> with forward-only pagination (project tickets are a resource of their own).</summary>
    /// <param name="conditions">Conditions.</param>
    /// <param name="fields">Partial response fields.</param>
    /// <param name="pageId">The last id of the previous page; null for the first page.</param>
    /// <param name="pageSize">Rows per page (max 1000).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/project/tickets")]
    [Headers("pagination-type: forward-only")]
    Task<IApiResponse<List<Ticket>>> GetProjectTicketsForwardOnlyAsync(
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("fields")] string? fields = null,
        [AliasAs("pageId")] long? pageId = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET project/tickets/{id}</c>: a project ticket or issue (404 on <c>/service/tickets/{id}</c>).</summary>
    /// <param name="id">Ticket id.</param>
    /// <param name="fields">Partial response fields.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The ticket.</returns>
    [Get("/project/tickets/{id}")]
    Task<Ticket> GetProjectTicketAsync(int id, [AliasAs("fields")] string? fields = null, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH project/tickets/{id}</c> with a JSON-patch operation array.</summary>
    /// <param name="id">Ticket id.</param>
    /// <param name="operations">The operations.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The updated ticket.</returns>
    [Patch("/project/tickets/{id}")]
    Task<Ticket> PatchProjectTicketAsync(int id, [Body] IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken = default);

    /// <summary><c>GET project/tickets/{ticketId}/notes</c>.</summary>
    /// <param name="ticketId">Ticket id.</param>
    /// <param name="conditions">Conditions.</param>
    /// <param name="orderBy">Order.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Rows per page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/project/tickets/{ticketId}/notes")]
    Task<IApiResponse<List<TicketNote>>> GetProjectTicketNotesAsync(
        int ticketId,
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("orderBy")] string? orderBy = null,
        [AliasAs("page")] int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST project/tickets/{ticketId}/notes</c> (not retried except on 429).</summary>
    /// <param name="ticketId">Ticket id.</param>
    /// <param name="note">The note.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The created note.</returns>
    [Post("/project/tickets/{ticketId}/notes")]
    Task<TicketNote> CreateProjectTicketNoteAsync(int ticketId, [Body] TicketNote note, CancellationToken cancellationToken = default);

    /// <summary><c>GET service/tickets/{ticketId}/configurations</c>: references only (id, device identifier), no names.</summary>
    /// <param name="ticketId">Ticket id.</param>
    /// <param name="pageSize">Rows per page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/service/tickets/{ticketId}/configurations")]
    Task<IApiResponse<List<ConfigurationReference>>> GetTicketConfigurationsAsync(
        int ticketId,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET company/configurations</c>.</summary>
    /// <param name="conditions">Conditions, e.g. <c>id in (4,7)</c>.</param>
    /// <param name="fields">Partial response fields.</param>
    /// <param name="pageSize">Rows per page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The page and its headers.</returns>
    [Get("/company/configurations")]
    Task<IApiResponse<List<Configuration>>> GetConfigurationsAsync(
        [AliasAs("conditions")] string? conditions = null,
        [AliasAs("fields")] string? fields = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET system/myAccount</c>: the member the keys belong to (404 on some on-premises versions).</summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The member.</returns>
    [Get("/system/myAccount")]
    Task<Member> GetMyAccountAsync(CancellationToken cancellationToken = default);
}
