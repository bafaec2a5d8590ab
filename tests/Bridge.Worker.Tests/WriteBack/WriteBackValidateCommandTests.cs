using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.WriteBack;

public sealed class WriteBackValidateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Validate_BadWriteBackAndMode_OneLineEachStartingWithTheKey()
    {
        _dir.Write("bridge.json", "{" + ValidateRunner.ValidConnectWise + """
            , "Bridge": { "Mode": "7" },
              "WriteBack": {
                "Statuses": { "Service Desk": { } },
                "ContactAttempts": { "BillableOption": "Free" },
                "SweepInterval": "00:00:00"
              }
            }
            """);

        var (exit, _, error) = await ValidateRunner.RunAsync(_dir.Path);

        Assert.Equal(1, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.Contains("problem(s)", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.StartsWith("Bridge:Mode must be Live or Shadow", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("WriteBack:Statuses:Service Desk maps no event", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("WriteBack:ContactAttempts:BillableOption must be one of", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("WriteBack:SweepInterval:", StringComparison.Ordinal));
        Assert.Equal(4, lines.Count);
    }

    [Fact]
    public async Task Validate_NoWriteBackSection_DefaultsAreValid()
    {
        _dir.Write("bridge.json", "{" + ValidateRunner.ValidConnectWise + "}");

        var (exit, _, error) = await ValidateRunner.RunAsync(_dir.Path);

        Assert.True(exit == 0, error);
    }

    public void Dispose() => _dir.Dispose();
}
