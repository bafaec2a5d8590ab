using Bridge.Worker.Kernel;

namespace Bridge.Worker.StatusPage;

/// <summary>
/// One block of the status page. Register with <see cref="StatusPageRegistration.AddStatusSection{TSection}"/>;
/// the page shows every registered section in <see cref="Order"/>, each in its <see cref="Column"/>.
/// A section reads what its capability stores (never writes) and must be quick: the page is rendered on every
/// refresh by every open browser.
/// </summary>
/// <remarks>
/// Order slots, main column: 100 on call now, 200 incidents, 300 routing decisions, 400 recent ticket changes.
/// Side column: 100 service health, 200 outbox (write-back), 300 notification channels.
/// </remarks>
internal interface IStatusSection
{
    /// <summary>The element id (an anchor: <c>/#decisions</c>).</summary>
    string Id { get; }

    string Title { get; }

    StatusColumn Column { get; }

    int Order { get; }

    /// <summary>Writes the section's body; the page writes the frame and heading around it.</summary>
    ValueTask<StatusSectionResult> WriteAsync(StatusClock clock, HtmlWriter html, CancellationToken cancellationToken);
}
