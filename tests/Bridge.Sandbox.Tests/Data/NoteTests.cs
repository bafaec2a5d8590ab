using System.Text.Json.Nodes;
using Bridge.Sandbox.Tests.Support;

namespace Bridge.Sandbox.Tests.Data;

public sealed class NoteTests
{
    [Theory]
    [InlineData("{\"text\":\"hi\"}", "InvalidField", "detailDescriptionFlag")]
    [InlineData("{\"text\":\"hi\",\"detailDescriptionFlag\":false,\"internalAnalysisFlag\":false}", "InvalidField", "detailDescriptionFlag")]
    [InlineData("{\"internalAnalysisFlag\":true}", "MissingRequiredField", "text")]
    [InlineData("{\"text\":\"  \",\"internalAnalysisFlag\":true}", "MissingRequiredField", "text")]
    public void AddNoteCore_InvalidNote_IsRejected(string json, string code, string field)
    {
        var error = TestStates.Rejected(() => TestStates.Seeded().AddNoteCore(1, JsonNode.Parse(json)!.AsObject(), "anguyen"));

        var item = Assert.Single(error.Errors);
        Assert.Equal((code, field), (item.Code, item.Field));
    }

    [Fact]
    public void AddNote_Internal_StoresAuthorAndStampsTicket()
    {
        var state = TestStates.Seeded();

        var note = state.AddNote(2, "Called the client, no answer.", internalNote: true, memberIdentifier: "bruiz");

        Assert.True((bool)note["internalAnalysisFlag"]!);
        Assert.False((bool)note["detailDescriptionFlag"]!);
        Assert.True((bool)note["internalFlag"]!);
        Assert.Equal("bruiz", (string)note["member"]!["identifier"]!);
        Assert.Equal(2, (int)note["ticketId"]!);
        Assert.Equal(2, state.Notes(2).Count);
        Assert.Equal("bruiz", (string)state.GetTicket(2)!["_info"]!["updatedBy"]!);
    }

    [Fact]
    public void AddNote_UnknownTicket_IsNotFound()
    {
        var error = TestStates.Rejected(() => TestStates.Seeded().AddNote(42, "x"));

        Assert.Equal((404, "NotFound", "Ticket 42 not found"), (error.StatusCode, error.Code, error.Message));
    }
}
