using Bridge.Worker.Configuration;

namespace Bridge.Worker.Tests.Configuration;

/// <summary>The configuration version: what counts toward it, what never does (secrets, other sections), and the JSON kept with it.</summary>
public sealed class ConfigFingerprintTests
{
    private static Dictionary<string, string?> Values(params (string Key, string? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    private static readonly (string, string?)[] Base =
    [
        ("Routing:Clients:0:Company", "ContosoLaw"),
        ("Routing:Clients:0:Contract", "AfterHoursBillable"),
        ("Routing:Clients:1:Company", "NorthwindDental"),
        ("Escalation:AckSigningKey", "c2VjcmV0LXNpZ25pbmcta2V5LW5vdC10by1iZS1zaG93bg=="),
        ("OnCall:Roles:Dispatcher:0", "fpatel"),
        ("Channels:Sms:AuthToken", "twilio-token-0001"),
        ("Channels:Email:From", "bridge@example.test"),
    ];

    [Fact]
    public void Of_SameValuesInAnotherOrder_SameShortHash()
    {
        var (hash, _) = ConfigFingerprint.Of(Values(Base));
        var (reordered, _) = ConfigFingerprint.Of(Values([.. Base.Reverse()]));

        Assert.Equal(hash, reordered);
        Assert.Matches("^[0-9a-f]{12}$", hash);
    }

    [Fact]
    public void Of_ContractChanged_NewHash()
    {
        var changed = Values(Base);
        changed["Routing:Clients:0:Contract"] = "Included24x7";

        Assert.NotEqual(ConfigFingerprint.Of(Values(Base)).Hash, ConfigFingerprint.Of(changed).Hash);
    }

    [Theory]
    [InlineData("Escalation:AckSigningKey", "bm90aGVyLXNpZ25pbmcta2V5LXJvdGF0ZWQtdG9kYXk=")]
    [InlineData("Channels:Email:From", "pager@example.test")]
    public void Of_SecretRotatedOrAnUnversionedSectionEdited_HashKept(string key, string value)
    {
        var changed = Values(Base);
        changed[key] = value;

        Assert.Equal(ConfigFingerprint.Of(Values(Base)).Hash, ConfigFingerprint.Of(changed).Hash);
    }

    [Fact]
    public void Of_Json_VersionedSectionsNestedWithArraysAndNoSecret()
    {
        var (_, json) = ConfigFingerprint.Of(Values(Base));

        Assert.Contains("""{"Company":"ContosoLaw","Contract":"AfterHoursBillable"}""", json);
        Assert.Contains("""["fpatel"]""", json);
        Assert.DoesNotContain("AckSigningKey", json);
        Assert.DoesNotContain("c2VjcmV0", json);
        Assert.DoesNotContain("Channels", json);
    }
}
