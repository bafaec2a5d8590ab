using System.Text.Json;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Connectors.Tests.ConnectWise;

public sealed class ConnectWiseJsonTests
{
    private sealed record Holder(DateTimeOffset At, DateTimeOffset? Maybe);

    [Theory]
    [InlineData(2026, 1, 2, 3, 4, 5, 0, 0, "2026-01-02T03:04:05Z")]
    [InlineData(2026, 1, 2, 3, 4, 5, 999, 0, "2026-01-02T03:04:05Z")]
    [InlineData(2026, 1, 2, 5, 4, 5, 0, 2, "2026-01-02T03:04:05Z")]
    [InlineData(2026, 1, 1, 20, 0, 0, 0, -5, "2026-01-02T01:00:00Z")]
    public void Write_AnyOffsetOrFraction_IsUtcWholeSeconds(int y, int mo, int d, int h, int mi, int s, int ms, int offsetHours, string expected)
    {
        var value = new DateTimeOffset(y, mo, d, h, mi, s, ms, TimeSpan.FromHours(offsetHours));

        var json = JsonSerializer.Serialize(new Holder(value, null), ConnectWiseJson.Options);

        Assert.Equal($$"""{"at":"{{expected}}"}""", json);
    }

    [Fact]
    public void RoundTrip_WholeSecondUtc_IsExact()
    {
        var value = new DateTimeOffset(2025, 5, 1, 14, 0, 0, TimeSpan.Zero);

        var back = JsonSerializer.Deserialize<Holder>(JsonSerializer.Serialize(new Holder(value, value), ConnectWiseJson.Options), ConnectWiseJson.Options)!;

        Assert.Equal(value, back.At);
        Assert.Equal(TimeSpan.Zero, back.At.Offset);
        Assert.Equal(value, back.Maybe);
    }

    [Theory]
    [InlineData("2026-01-02T03:04:05Z")]
    [InlineData("2026-01-02T03:04:05.123Z")]
    [InlineData("2026-01-02T05:04:05+02:00")]
    [InlineData("2026-01-02T03:04:05")]
    public void Read_IsoVariants_GiveTheSameUtcSecond(string text)
    {
        var holder = JsonSerializer.Deserialize<Holder>($$"""{"at":"{{text}}"}""", ConnectWiseJson.Options)!;

        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), holder.At.AddTicks(-(holder.At.Ticks % TimeSpan.TicksPerSecond)));
    }

    [Theory]
    [InlineData("\"yesterday\"")]
    [InlineData("12345")]
    public void Read_NotADate_Throws(string value) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>($$"""{"at":{{value}}}""", ConnectWiseJson.Options));

    [Fact]
    public void Serialize_Ticket_OmitsUnsetFieldsAndUsesCamelCase()
    {
        var json = JsonSerializer.Serialize(new Ticket { Summary = "Down", Company = Reference.ByIdentifier("ACME"), Board = Reference.ByName("Service Desk") }, ConnectWiseJson.Options);

        Assert.Equal("""{"summary":"Down","board":{"name":"Service Desk"},"company":{"identifier":"ACME"}}""", json);
    }

    [Fact]
    public void Deserialize_Ticket_ReadsInfoAndIgnoresUnknownFields()
    {
        const string json = """{"id":5,"summary":"x","brandNewField":[1,2],"priority":{"id":1,"name":"P1","sort":1},"_info":{"lastUpdated":"2026-03-01T10:00:00Z","dateEntered":"2026-02-28T09:00:00Z","updatedBy":"jdoe","enteredBy":"api","notes_href":"https://h/x"}}""";

        var ticket = JsonSerializer.Deserialize<Ticket>(json, ConnectWiseJson.Options)!;

        Assert.Equal(5, ticket.Id);
        Assert.Equal("P1", ticket.Priority!.Name);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), ticket.Info!.LastUpdated);
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 9, 0, 0, TimeSpan.Zero), ticket.Info.DateEntered);
        Assert.Equal("jdoe", ticket.Info.UpdatedBy);
        Assert.Equal("api", ticket.Info.EnteredBy);
    }

    [Fact]
    public void Serialize_PatchOperations_WritesOpPathValueAndExplicitNulls()
    {
        PatchOperation[] operations =
        [
            PatchOperation.Replace("status", new { id = 5 }),
            PatchOperation.Replace("owner", null),
            PatchOperation.Add("resources", "jdoe"),
            PatchOperation.Remove("contact"),
            PatchOperation.Replace("requiredDate", new DateTimeOffset(2026, 1, 2, 3, 4, 5, 500, TimeSpan.Zero)),
        ];

        var json = JsonSerializer.Serialize(operations, ConnectWiseJson.Options);

        Assert.Equal(
            """[{"op":"replace","path":"status","value":{"id":5}},{"op":"replace","path":"owner","value":null},{"op":"add","path":"resources","value":"jdoe"},{"op":"remove","path":"contact"},{"op":"replace","path":"requiredDate","value":"2026-01-02T03:04:05Z"}]""",
            json);
    }

    [Fact]
    public void Deserialize_PatchOperation_ReadsValueAsJson()
    {
        var op = JsonSerializer.Deserialize<PatchOperation>("""{"op":"replace","path":"status","value":{"id":5}}""", ConnectWiseJson.Options)!;

        Assert.Equal("replace", op.Op);
        Assert.Equal("status", op.Path);
        Assert.Equal(5, ((JsonElement)op.Value!).GetProperty("id").GetInt32());
    }
}
