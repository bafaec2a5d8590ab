using Bridge.Connectors.ConnectWise.Callbacks;
using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Connectors.Tests.ConnectWise.Callbacks;

public sealed class ConnectWiseCallbackPayloadTests
{
    private const string Updated = """
        {"MessageId":"6dd82302-aaaa","FromUrl":"sandbox-na.myconnectwise.net","CompanyId":"acme","MemberId":"apiuser",
         "Action":"updated","Type":"ticket","ID":1234,
         "ProductInstanceId":"639c96cab2eb560001dd1324","PartnerId":"61ddc2817bcddc0001c74208",
         "Entity":"{\"id\":1234,\"summary\":\"Server down\",\"recordType\":\"ServiceTicket\",\"_info\":{\"lastUpdated\":\"2026-01-02T03:04:05Z\"}}",
         "Metadata":{"key_url":"https://sandbox-na.myconnectwise.net/v2025_1//system/callbackkey/index.rails?companyName=acme&id=abc"},
         "CallbackObjectRecId":26604}
        """;

    [Fact]
    public void TryParse_UpdatedTicket_ReadsEveryField()
    {
        Assert.True(ConnectWiseCallbackPayload.TryParse(Updated, out var payload, out var error), error);

        Assert.Equal("6dd82302-aaaa", payload.MessageId);
        Assert.Equal("sandbox-na.myconnectwise.net", payload.FromUrl);
        Assert.Equal("acme", payload.CompanyId);
        Assert.Equal("apiuser", payload.MemberId);
        Assert.Equal("updated", payload.Action);
        Assert.Equal("ticket", payload.Type);
        Assert.Equal(1234, payload.Id);
        Assert.Equal("https://sandbox-na.myconnectwise.net/v2025_1//system/callbackkey/index.rails?companyName=acme&id=abc", payload.KeyUrl);
        Assert.Equal(26604, payload.CallbackObjectRecId);
        Assert.Equal("639c96cab2eb560001dd1324", payload.ProductInstanceId);
        Assert.False(payload.IsDeleted);
    }

    [Fact]
    public void DeserializeEntity_UpdatedTicket_GivesTheTicketModel()
    {
        Assert.True(ConnectWiseCallbackPayload.TryParse(Updated, out var payload, out _));

        var ticket = payload.DeserializeEntity<Ticket>()!;

        Assert.Equal(1234, ticket.Id);
        Assert.Equal("ServiceTicket", ticket.RecordType);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), ticket.Info!.LastUpdated);
    }

    [Fact]
    public void TryParse_DeletedWithNullEntity_IsValid()
    {
        const string body = """{"MessageId":"m2","Action":"deleted","Type":"contact","ID":57919,"Entity":null,"Metadata":{"key_url":"https://h/k"}}""";

        Assert.True(ConnectWiseCallbackPayload.TryParse(body, out var payload, out var error), error);
        Assert.True(payload.IsDeleted);
        Assert.Null(payload.Entity);
        Assert.Null(payload.DeserializeEntity<Contact>());
        Assert.Equal(57919, payload.Id);
    }

    [Fact]
    public void TryParse_EntityAsJsonObject_KeepsItsRawJsonText()
    {
        const string body = """
            {"MessageId":"m3","Action":"updated","Type":"ticket","ID":1234,
             "Entity": { "id": 1234, "summary": "Server down", "_info": { "lastUpdated": "2026-01-02T03:04:05Z" } },
             "Metadata":{"key_url":"https://h/k"}}
            """;

        Assert.True(ConnectWiseCallbackPayload.TryParse(body, out var payload, out var error), error);

        Assert.Equal("""{ "id": 1234, "summary": "Server down", "_info": { "lastUpdated": "2026-01-02T03:04:05Z" } }""", payload.Entity);
        var ticket = payload.DeserializeEntity<Ticket>()!;
        Assert.Equal((1234, "Server down"), (ticket.Id, ticket.Summary));
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), ticket.Info!.LastUpdated);
    }

    [Fact]
    public void DeserializeEntity_EntityAsObjectOrAsString_GivesTheSameTicket()
    {
        const string ticket = """{"id":88,"summary":"VPN down","board":{"id":1,"name":"Service Desk"},"customFields":[],"_info":{"lastUpdated":"2026-01-02T03:04:05Z","updatedBy":"fpatel"}}""";
        var asString = $$"""{"Action":"updated","Type":"ticket","ID":88,"Entity":{{System.Text.Json.JsonSerializer.Serialize(ticket)}}}""";
        var asObject = $$"""{"Action":"updated","Type":"ticket","ID":88,"Entity":{{ticket}}}""";

        Assert.True(ConnectWiseCallbackPayload.TryParse(asString, out var fromString, out var stringError), stringError);
        Assert.True(ConnectWiseCallbackPayload.TryParse(asObject, out var fromObject, out var objectError), objectError);
        var a = fromString.DeserializeEntity<Ticket>()!;
        var b = fromObject.DeserializeEntity<Ticket>()!;

        Assert.Equal(fromString.Entity, fromObject.Entity);
        Assert.Equal((88, "VPN down", "Service Desk", "fpatel"), (b.Id, b.Summary, b.Board!.Name, b.Info!.UpdatedBy));
        Assert.Equal((a.Id, a.Summary, a.Board, a.Info), (b.Id, b.Summary, b.Board, b.Info));
    }

    [Theory]
    [InlineData("""{"Action":"deleted","Type":"ticket","ID":9,"Entity":null}""")]
    [InlineData("""{"Action":"deleted","Type":"ticket","ID":9}""")]
    public void TryParse_DeletedWithoutEntity_EntityStaysNull(string body)
    {
        Assert.True(ConnectWiseCallbackPayload.TryParse(body, out var payload, out var error), error);

        Assert.True(payload.IsDeleted);
        Assert.Null(payload.Entity);
        Assert.Null(payload.DeserializeEntity<Ticket>());
    }

    [Fact]
    public void TryParse_Utf8Bytes_MatchesTheStringOverload()
    {
        Assert.True(ConnectWiseCallbackPayload.TryParse(System.Text.Encoding.UTF8.GetBytes(Updated), out var fromBytes, out _));
        Assert.True(ConnectWiseCallbackPayload.TryParse(Updated, out var fromString, out _));

        Assert.Equal(fromString, fromBytes);
    }

    [Fact]
    public void TryParse_DifferentCasingAndStringId_IsTolerated()
    {
        const string body = """{"action":"Added","type":"Ticket","id":"77","metadata":{"key_url":"https://h/k"}}""";

        Assert.True(ConnectWiseCallbackPayload.TryParse(body, out var payload, out var error), error);
        Assert.Equal(77, payload.Id);
        Assert.Equal("added", payload.Action);
        Assert.Equal("ticket", payload.Type);
        Assert.Equal("https://h/k", payload.KeyUrl);
    }

    [Theory]
    [InlineData("", "body is empty")]
    [InlineData("{not json", "body is not valid JSON")]
    [InlineData("[1,2]", "body is a JSON array, not an object")]
    [InlineData("\"hello\"", "body is a JSON string, not an object")]
    [InlineData("""{"Action":"updated","Type":"ticket"}""", "ID is missing")]
    [InlineData("""{"Action":"updated","Type":"ticket","ID":null}""", "ID is missing")]
    [InlineData("""{"Action":"updated","Type":"ticket","ID":"abc"}""", "ID is not a positive integer")]
    [InlineData("""{"Action":"updated","Type":"ticket","ID":-4}""", "ID is not a positive integer")]
    [InlineData("""{"Action":"updated","Type":"ticket","ID":1.5}""", "ID is not a positive integer")]
    [InlineData("""{"Type":"ticket","ID":1}""", "Action is missing")]
    [InlineData("""{"Action":"merged","Type":"ticket","ID":1}""", "Action 'merged' is not added, updated or deleted")]
    [InlineData("""{"Action":"updated","ID":1}""", "Type is missing")]
    [InlineData("""{"Action":"updated","Type":"ticket","ID":1,"Entity":[{"id":1}]}""", "Entity must be a JSON object, a JSON string holding one, or null; it is a JSON array")]
    [InlineData("""{"Action":"updated","Type":"ticket","ID":1,"Entity":1}""", "Entity must be a JSON object, a JSON string holding one, or null; it is a JSON number")]
    [InlineData("""{"Action":"updated","Type":"ticket","ID":1,"Entity":true}""", "Entity must be a JSON object, a JSON string holding one, or null; it is a JSON true")]
    [InlineData("""{"Action":"updated","Type":"ticket","ID":1,"Entity":"[1,2]"}""", "Entity is not a JSON object string")]
    [InlineData("""{"Action":"updated","Type":"ticket","ID":1,"Entity":"{broken"}""", "Entity is not a JSON object string")]
    [InlineData("""{"Action":"updated","Type":"ticket","ID":1,"Metadata":"https://h/k"}""", "Metadata must be an object")]
    public void TryParse_Malformed_GivesAOneLineReason(string body, string expected)
    {
        Assert.False(ConnectWiseCallbackPayload.TryParse(body, out var payload, out var error));

        Assert.Null(payload);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public void TryParse_DeeplyNestedBody_IsRejectedNotCrashed()
    {
        var body = new string('[', 100) + new string(']', 100);

        Assert.False(ConnectWiseCallbackPayload.TryParse(body, out _, out var error));
        Assert.StartsWith("body is not valid JSON", error, StringComparison.Ordinal);
    }
}
