using Bridge.Worker.Configuration;
using Bridge.Worker.Logging;
using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Bridge.Worker.Tests.Logging;

public sealed class SecretRedactionEnricherTests
{
    private const string PrivateKey = "pr1vateKEY-9f8e7d";
    private const string SmtpPassword = "hunter2-smtp-pass";

    private static SecretValues Secrets() => SecretValues.From(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectWise:PrivateKey"] = PrivateKey,
            ["ConnectWise:PublicKey"] = "publicvalue",
            ["Channels:Email:Password"] = SmtpPassword,
        })
        .Build());

    [Fact]
    public void From_Configuration_TakesOnlySecretKeys()
    {
        var secrets = Secrets();

        Assert.Equal("a *** b", secrets.Mask($"a {PrivateKey} b"));
        Assert.Equal("publicvalue", secrets.Mask("publicvalue"));
    }

    [Fact]
    public void Following_ConfigurationReloadedWithARotatedKey_MasksTheNewKeyAndStillTheOld()
    {
        var accepted = new AcceptedConfiguration(new Dictionary<string, string?> { ["ConnectWise:PrivateKey"] = PrivateKey });
        var configuration = new ConfigurationBuilder().Add(accepted).Build();
        var secrets = SecretValues.Following(configuration);

        accepted.Replace(new Dictionary<string, string?> { ["ConnectWise:PrivateKey"] = "rotated-KEY-0a1b2c" });

        Assert.Equal("*** ***", secrets.Mask($"rotated-KEY-0a1b2c {PrivateKey}"));
    }

    [Fact]
    public void Enrich_SecretInScalarAndNestedProperties_IsMasked()
    {
        var sink = new CollectingSink();
        using var logger = new LoggerConfiguration()
            .Enrich.With(new SecretRedactionEnricher(Secrets()))
            .WriteTo.Sink(sink)
            .CreateLogger();

        logger.Information("Auth {Header} to {@Target} with {Parts}", "Basic x+y:" + PrivateKey, new { Password = SmtpPassword, Host = "smtp" }, new[] { "a", PrivateKey });

        var rendered = sink.Events.Single().RenderMessage();
        Assert.DoesNotContain(PrivateKey, rendered);
        Assert.DoesNotContain(SmtpPassword, rendered);
        Assert.Contains("Basic x+y:***", rendered);
        Assert.Contains("smtp", rendered);
    }

    private sealed class CollectingSink : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
