using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bridge.Connectors.Tests.ConnectWise;

public sealed class ConnectWiseOptionsTests
{
    private const string ValidBase = "https://api-na.myconnectwise.net/v4_6_release/apis/3.0/";

    private static IReadOnlyList<string> Failures(ConnectWiseOptions options)
    {
        var result = new ConnectWiseOptionsValidator().Validate(null, options);
        return result.Failed ? result.Failures.ToList() : [];
    }

    [Fact]
    public void Defaults_AreTheDocumentedValues()
    {
        var options = new ConnectWiseOptions();

        Assert.Equal("ConnectWise", ConnectWiseOptions.SectionName);
        Assert.Equal("2025.1", options.ApiVersion);
        Assert.Equal(1000, options.PageSize);
        Assert.Equal(4, options.Resilience.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(1), options.Resilience.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(60), options.Resilience.MaxRetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(20), options.Resilience.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(90), options.Resilience.TotalTimeout);
        Assert.Equal(0.5, options.Resilience.FailureRatio);
        Assert.Equal(5, options.Resilience.MinimumThroughput);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Resilience.SamplingDuration);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Resilience.BreakDuration);
        Assert.False(options.Callbacks.Register);
        Assert.True(options.Callbacks.SelfSuppressed);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public void Bind_CallbacksSelfSuppressed_DefaultsToTrueAndCanBeTurnedOff(string? value, bool expected)
    {
        var values = new Dictionary<string, string?> { ["ConnectWise:Callbacks:Register"] = "true" };
        if (value is not null)
        {
            values["ConnectWise:Callbacks:SelfSuppressed"] = value;
        }

        var options = new ConfigurationBuilder().AddInMemoryCollection(values).Build()
            .GetSection(ConnectWiseOptions.SectionName).Get<ConnectWiseOptions>()!;

        Assert.True(options.Callbacks.Register);
        Assert.Equal(expected, options.Callbacks.SelfSuppressed);
    }

    [Fact]
    public void Validate_CompleteOptionsWithDefaults_Succeeds() =>
        Assert.Empty(Failures(TestOptions.For(ValidBase, r => r.BaseDelay = TimeSpan.FromSeconds(1))));

    [Fact]
    public void Validate_EmptyOptions_ReportsEveryMissingKeyByPath()
    {
        var failures = string.Join("\n", Failures(new ConnectWiseOptions()));

        Assert.Contains("ConnectWise:BaseUrl", failures, StringComparison.Ordinal);
        Assert.Contains("ConnectWise:CompanyId", failures, StringComparison.Ordinal);
        Assert.Contains("ConnectWise:PublicKey", failures, StringComparison.Ordinal);
        Assert.Contains("ConnectWise:PrivateKey", failures, StringComparison.Ordinal);
        Assert.Contains("ConnectWise:ClientId", failures, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://api-na.myconnectwise.net/v4_6_release/apis/3.0", "must end with")]
    [InlineData("https://api-na.myconnectwise.net/", "must end with")]
    [InlineData("ftp://api-na.myconnectwise.net/v4_6_release/apis/3.0/", "ConnectWise:BaseUrl")]
    [InlineData("api-na.myconnectwise.net/v4_6_release/apis/3.0/", "ConnectWise:BaseUrl")]
    [InlineData("http://api-na.myconnectwise.net/v4_6_release/apis/3.0/", "must use https")]
    [InlineData("https://api-na.myconnectwise.net/v4_6_release/apis/3.0/?x=1", "query")]
    public void Validate_BadBaseUrl_NamesTheKeyAndTheProblem(string baseUrl, string expected)
    {
        var failures = Failures(TestOptions.For(baseUrl, r => r.BaseDelay = TimeSpan.FromSeconds(1)));

        Assert.Contains(failures, f => f.Contains("ConnectWise:BaseUrl", StringComparison.Ordinal) && f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_HttpLoopbackSandbox_IsAccepted() =>
        Assert.Empty(Failures(TestOptions.For("http://127.0.0.1:5005/v4_6_release/apis/3.0/")));

    [Fact]
    public void Validate_OutOfRangeValues_NameNestedKeyPaths()
    {
        var options = TestOptions.For(ValidBase);
        options.PageSize = 5000;
        options.Resilience.MaxRetryAttempts = 99;
        options.Resilience.FailureRatio = 0;
        options.Resilience.AttemptTimeout = TimeSpan.FromHours(1);
        options.Callbacks.KeyFetchTimeout = TimeSpan.FromMinutes(5);

        var failures = string.Join("\n", Failures(options));

        Assert.Contains("ConnectWise:PageSize", failures, StringComparison.Ordinal);
        Assert.Contains("ConnectWise:Resilience:MaxRetryAttempts", failures, StringComparison.Ordinal);
        Assert.Contains("ConnectWise:Resilience:FailureRatio", failures, StringComparison.Ordinal);
        Assert.Contains("ConnectWise:Resilience:AttemptTimeout", failures, StringComparison.Ordinal);
        Assert.Contains("ConnectWise:Callbacks:KeyFetchTimeout", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CrossFieldTimeouts_AreChecked()
    {
        var options = TestOptions.For(ValidBase);
        options.Resilience.TotalTimeout = TimeSpan.FromSeconds(30);
        options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(40);
        options.Resilience.MaxRetryAfter = TimeSpan.FromSeconds(45);

        var failures = string.Join("\n", Failures(options));

        Assert.Contains("ConnectWise:Resilience:AttemptTimeout must not exceed", failures, StringComparison.Ordinal);
        Assert.Contains("ConnectWise:Resilience:MaxRetryAfter must be shorter", failures, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-guid", "ConnectWise:ClientId must be a GUID")]
    public void Validate_ClientIdNotGuid_Fails(string clientId, string expected)
    {
        var options = TestOptions.For(ValidBase);
        options.ClientId = clientId;

        Assert.Contains(Failures(options), f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ac:me")]
    [InlineData("ac+me")]
    [InlineData("ac me")]
    public void Validate_CompanyIdBreakingBasicCredentials_Fails(string companyId)
    {
        var options = TestOptions.For(ValidBase);
        options.CompanyId = companyId;

        Assert.Contains(Failures(options), f => f.Contains("ConnectWise:CompanyId must not contain", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadTrustedKeyOrigin_NamesItsIndex()
    {
        var options = TestOptions.For(ValidBase);
        options.Callbacks.TrustedKeyOrigins = ["https://cw.example.com", "https://cw.example.com/path"];

        var failures = Failures(options);

        Assert.Contains(failures, f => f.Contains("ConnectWise:Callbacks:TrustedKeyOrigins:1", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("TrustedKeyOrigins:0", StringComparison.Ordinal));
    }

    [Fact]
    public void ToString_NeverRevealsThePrivateKey()
    {
        var text = TestOptions.For(ValidBase).ToString();

        Assert.DoesNotContain(TestOptions.PrivateKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("PubKey123", text, StringComparison.Ordinal);
        Assert.Contains("PrivateKey = ***", text, StringComparison.Ordinal);
        Assert.Contains("acme", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AddConnectWiseClient_FromConfiguration_BindsAndValidatesOnResolve()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectWise:BaseUrl"] = "https://api-na.myconnectwise.net/v4_6_release/apis/3.0",
            ["ConnectWise:CompanyId"] = "acme",
            ["ConnectWise:PublicKey"] = "pub",
            ["ConnectWise:PrivateKey"] = "priv",
            ["ConnectWise:ClientId"] = TestOptions.ClientId,
            ["ConnectWise:Resilience:MaxRetryAttempts"] = "2",
        }).Build();
        var services = new ServiceCollection();
        services.AddConnectWiseClient(config.GetSection(ConnectWiseOptions.SectionName));
        using var sp = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<ConnectWiseOptions>>().Value);

        Assert.Contains(ex.Failures, f => f.Contains("ConnectWise:BaseUrl must end with", StringComparison.Ordinal));
    }
}
