using System.Reflection;
using System.Text;
using System.Text.Json;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Connectors.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Connectors.Tests.ConnectWise;

/// <summary>One odd value from ConnectWise costs that field, never the record or the list it came in.</summary>
public sealed class ConnectWiseLenientReadTests
{
    private const string OddTicket = """
        {"id":"2","summary":"Odd one","recordType":"ServiceTicketV2","severity":"Catastrophic","impact":3,
         "closedFlag":"TRUE","isInSla":"maybe","customerUpdatedFlag":1,
         "closedDate":"","requiredDate":"not a date","dateResponded":"2026-01-02T05:04:05.1234567+02:00",
         "priority":{"id":"x","name":"P2"},"board":{"id":1.0,"name":"Service Desk"},"owner":{"id":{"nested":[1,2]},"identifier":"anguyen"},
         "customFields":[{"id":"7","caption":"Support Contract","type":["Text"],"numberOfDecimals":1.5,"value":"Included24x7"}],
         "_info":{"lastUpdated":"2026-13-45T99:00:00Z","dateEntered":12345,"updatedBy":"fpatel"}}
        """;

    // A buffer far smaller than one ticket makes the serializer resume mid-value, as it does on a slow network.
    private static readonly JsonSerializerOptions TinyBuffers = new(ConnectWiseJson.Options) { DefaultBufferSize = 16 };

    [Fact]
    public async Task GetTicketsAsync_OneOfThreeTicketsHasOddFields_YieldsThreeTicketsAndTheOddFieldsAreNull()
    {
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync($$$"""
                [{"id":1,"summary":"Fine","_info":{"lastUpdated":"2026-01-02T03:04:05Z"}},
                 {{{OddTicket}}},
                 {"id":3,"summary":"Also fine","_info":{"lastUpdated":"2026-01-02T03:04:06Z"}}]
                """);
        });
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        using var response = await api.GetTicketsAsync(page: 1, pageSize: 25);
        var tickets = (await response.EnsureConnectWiseSuccessAsync())!;

        Assert.Equal([1, 2, 3], tickets.Select(t => t.Id!.Value));
        var odd = tickets[1];
        Assert.Equal("Odd one", odd.Summary);
        Assert.Equal(("ServiceTicketV2", "Catastrophic", "3"), (odd.RecordType, odd.Severity, odd.Impact));
        Assert.Equal((true, (bool?)null, (bool?)null), (odd.ClosedFlag, odd.IsInSla, odd.CustomerUpdatedFlag));
        Assert.Null(odd.ClosedDate);
        Assert.Null(odd.RequiredDate);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1234567), odd.DateResponded);
        Assert.Equal((null, "P2"), (odd.Priority!.Id, odd.Priority.Name));
        Assert.Equal(1, odd.Board!.Id);
        Assert.Equal((null, "anguyen"), (odd.Owner!.Id, odd.Owner.Identifier));
        var field = Assert.Single(odd.CustomFields!);
        Assert.Equal((7, "Support Contract", (string?)null, (int?)null), (field.Id, field.Caption, field.Type, field.NumberOfDecimals));
        Assert.Equal("Included24x7", field.Value!.Value.GetString());
        Assert.Equal(((DateTimeOffset?)null, (DateTimeOffset?)null, "fpatel"), (odd.Info!.LastUpdated, odd.Info.DateEntered, odd.Info.UpdatedBy));
    }

    [Fact]
    public async Task Deserialize_LongListStreamedInTinyBuffers_OddObjectsSkippedAndEveryTicketKept()
    {
        var rows = Enumerable.Range(1, 400).Select(i => i % 7 == 0
            ? $$$"""{"id":{{{i}}},"closedDate":{"when":["2026-01-02",{"x":1}]},"isInSla":[true,false],"priority":{"id":[{{{i}}}]},"severity":{"name":"High"}}"""
            : $$$"""{"id":{{{i}}},"summary":"Ticket {{{i}}}","_info":{"lastUpdated":"2026-01-02T03:04:05Z"}}""");
        var json = "[" + string.Join(",", rows) + "]";
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var tickets = (await JsonSerializer.DeserializeAsync<List<Ticket>>(stream, TinyBuffers))!;

        Assert.Equal(Enumerable.Range(1, 400), tickets.Select(t => t.Id!.Value));
        Assert.All(tickets.Where(t => t.Id % 7 == 0), t =>
        {
            Assert.Null(t.ClosedDate);
            Assert.Null(t.IsInSla);
            Assert.Null(t.Priority!.Id);
            Assert.Null(t.Severity);
        });
        Assert.Equal("Ticket 8", tickets[7].Summary);
    }

    [Fact]
    public void Deserialize_TimeEntryWithNonGuidMobileGuid_KeepsTheEntryAndTheText()
    {
        const string json = """
            {"id":5,"chargeToId":"1234","chargeToType":"ServiceTicket","mobileGuid":"PHONE-APP-0001","timeStart":"2026-01-02T03:04:05Z",
             "timeEnd":"","actualHours":"1.5","hoursBilled":"n/a","hoursDeduct":0.25,"billableOption":"SomethingNew","_info":{"lastUpdated":"2026-01-02T04:00:00Z"}}
            """;

        var entry = JsonSerializer.Deserialize<TimeEntry>(json, ConnectWiseJson.Options)!;

        Assert.Equal((5, 1234, "PHONE-APP-0001"), (entry.Id, entry.ChargeToId, entry.MobileGuid));
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), entry.TimeStart);
        Assert.Null(entry.TimeEnd);
        Assert.Equal((1.5m, (decimal?)null, 0.25m), (entry.ActualHours, entry.HoursBilled, entry.HoursDeduct));
        Assert.Equal("SomethingNew", entry.BillableOption);
    }

    [Fact]
    public void Deserialize_TimeEntryWithGuidMobileGuid_KeepsItAsSent()
    {
        var entry = JsonSerializer.Deserialize<TimeEntry>("""{"id":5,"mobileGuid":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""", ConnectWiseJson.Options)!;

        Assert.Equal("3f2504e0-4f89-11d3-9a0c-0305e82c3301", entry.MobileGuid);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("\"yesterday\"")]
    [InlineData("\"2026-02-30T00:00:00Z\"")]
    [InlineData("12345")]
    [InlineData("true")]
    [InlineData("{\"date\":\"2026-01-02T03:04:05Z\"}")]
    [InlineData("[\"2026-01-02T03:04:05Z\"]")]
    [InlineData("null")]
    public void Deserialize_OptionalDateNotADate_IsNull(string value)
    {
        var info = JsonSerializer.Deserialize<RecordInfo>($$"""{"lastUpdated":{{value}},"updatedBy":"jdoe"}""", ConnectWiseJson.Options)!;

        Assert.Null(info.LastUpdated);
        Assert.Equal("jdoe", info.UpdatedBy);
    }

    [Theory]
    [InlineData("2026-01-02T03:04:05Z", 0)]
    [InlineData("2026-01-02T03:04:05.250Z", 2_500_000)]
    [InlineData("2026-01-02T05:04:05+02:00", 0)]
    [InlineData("2026-01-01T22:04:05.5-05:00", 5_000_000)]
    [InlineData(" 2026-01-02T03:04:05 ", 0)]
    public void Deserialize_OptionalDateWithFractionsOrOffset_IsTheUtcInstant(string text, long extraTicks)
    {
        var info = JsonSerializer.Deserialize<RecordInfo>($$"""{"lastUpdated":"{{text}}"}""", ConnectWiseJson.Options)!;

        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(extraTicks), info.LastUpdated);
        Assert.Equal(TimeSpan.Zero, info.LastUpdated!.Value.Offset);
    }

    [Theory]
    [InlineData("\"42\"", 42)]
    [InlineData("\" 42 \"", 42)]
    [InlineData("\"42.0\"", 42)]
    [InlineData("42.0", 42)]
    [InlineData("\"42.5\"", null)]
    [InlineData("42.5", null)]
    [InlineData("\"forty-two\"", null)]
    [InlineData("\"\"", null)]
    [InlineData("99999999999", null)]
    [InlineData("false", null)]
    public void Deserialize_OptionalWholeNumber_NumericStringsReadOthersNull(string value, int? expected)
    {
        var reference = JsonSerializer.Deserialize<Reference>($$"""{"id":{{value}},"name":"x"}""", ConnectWiseJson.Options)!;

        Assert.Equal(expected, reference.Id);
        Assert.Equal("x", reference.Name);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"False\"", false)]
    [InlineData("\"yes\"", null)]
    [InlineData("1", null)]
    public void Deserialize_OptionalFlag_BooleansAndBooleanStringsReadOthersNull(string value, bool? expected)
    {
        var board = JsonSerializer.Deserialize<Board>($$"""{"id":1,"inactiveFlag":{{value}}}""", ConnectWiseJson.Options)!;

        Assert.Equal(expected, board.InactiveFlag);
        Assert.Equal(1, board.Id);
    }

    [Theory]
    [InlineData("\"High\"", "High")]
    [InlineData("\"Apocalyptic\"", "Apocalyptic")]
    [InlineData("2", "2")]
    [InlineData("true", "true")]
    [InlineData("{\"name\":\"High\"}", null)]
    public void Deserialize_EnumLikeText_UnknownValuesKeptOddKindsNotFatal(string value, string? expected)
    {
        var ticket = JsonSerializer.Deserialize<Ticket>($$"""{"id":1,"severity":{{value}},"summary":"s"}""", ConnectWiseJson.Options)!;

        Assert.Equal(expected, ticket.Severity);
        Assert.Equal("s", ticket.Summary);
    }

    [Fact]
    public void Serialize_OptionalModelFields_StayStrictOnTheWire()
    {
        var entry = new TimeEntry
        {
            TimeStart = new DateTimeOffset(2026, 1, 2, 5, 4, 5, 678, TimeSpan.FromHours(2)),
            ActualHours = 1.25m,
            ChargeToId = 7,
            AddToInternalAnalysisFlag = true,
            BillableOption = "NoCharge",
        };

        var json = JsonSerializer.Serialize(entry, ConnectWiseJson.Options);

        Assert.Equal("""{"chargeToId":7,"timeStart":"2026-01-02T03:04:05Z","actualHours":1.25,"billableOption":"NoCharge","addToInternalAnalysisFlag":true}""", json);
    }

    /// <summary>The guard for fields added later: every optional value field of every model tolerates odd values.</summary>
    [Fact]
    public void Models_EveryOptionalValueField_ReadsOddValuesAsNull()
    {
        var problems = new List<string>();
        foreach (var type in ModelTypes())
        {
            foreach (var property in ConnectWiseJson.Options.GetTypeInfo(type).Properties)
            {
                var underlying = Nullable.GetUnderlyingType(property.PropertyType);
                if (property.PropertyType == typeof(Guid) || underlying == typeof(Guid))
                {
                    problems.Add($"{type.Name}.{property.Name} is a Guid; model it as text (clients send other values)");
                    continue;
                }

                if (property.PropertyType.IsValueType && underlying is null && !IsAllowedRequired(type, property.Name))
                {
                    problems.Add($"{type.Name}.{property.Name} is a required {property.PropertyType.Name}; make it optional so an odd value can read as null");
                    continue;
                }

                if (underlying is null || underlying == typeof(JsonElement))
                {
                    continue;
                }

                foreach (var odd in OddValues(underlying))
                {
                    try
                    {
                        var record = JsonSerializer.Deserialize($$"""{"{{property.Name}}":{{odd}}}""", type, ConnectWiseJson.Options)!;
                        if (property.Get!(record) is { } read)
                        {
                            problems.Add($"{type.Name}.{property.Name} read {odd} as {read}");
                        }
                    }
                    catch (JsonException ex)
                    {
                        problems.Add($"{type.Name}.{property.Name} failed on {odd}: {ex.Message}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Contains(typeof(Ticket), ModelTypes());
    }

    private static IEnumerable<Type> ModelTypes() =>
        typeof(Ticket).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(Ticket).Namespace && t.IsPublic && t.IsClass && !t.IsAbstract
                && t.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null);

    private static bool IsAllowedRequired(Type type, string jsonName) => type == typeof(CountResult) && jsonName == "count";

    private static IEnumerable<string> OddValues(Type underlying)
    {
        yield return "\"\"";
        yield return "\"odd\"";
        yield return "{\"a\":[1,{\"b\":2}]}";
        yield return "[1,2]";
        yield return underlying == typeof(bool) ? "1" : "true";
    }
}
