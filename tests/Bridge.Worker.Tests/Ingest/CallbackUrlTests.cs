using Bridge.Worker.Ingest;

namespace Bridge.Worker.Tests.Ingest;

public sealed class CallbackUrlTests
{
    [Theory]
    [InlineData("https://bridge.example.com/cb/s?recordId=", "https://bridge.example.com/cb/s?recordId=")]
    [InlineData("HTTPS://Bridge.EXAMPLE.com/cb/s?recordId=", "https://bridge.example.com/cb/s?recordId=")]
    [InlineData("https://bridge.example.com:443/cb/s/?recordId=", "https://bridge.example.com/cb/s?recordId=")]
    [InlineData("http://bridge.example.com:80/cb/s", "http://bridge.example.com/cb/s")]
    [InlineData("http://bridge.example.com:8080/cb/s/", "http://bridge.example.com:8080/cb/s")]
    [InlineData("https://bridge.example.com/", "https://bridge.example.com")]
    [InlineData("https://bridge.example.com", "https://bridge.example.com")]
    [InlineData("  https://bridge.example.com/Cb/S?RecordId=  ", "https://bridge.example.com/Cb/S?RecordId=")]
    [InlineData("http://127.0.0.1:5080/callbacks/connectwise/secret/?recordId=", "http://127.0.0.1:5080/callbacks/connectwise/secret?recordId=")]
    [InlineData("https://bridge.example.com/cb/s?recordId=#frag", "https://bridge.example.com/cb/s?recordId=")]
    public void Normalize_Variants_GiveTheComparableForm(string url, string expected) =>
        Assert.Equal(expected, CallbackUrl.Normalize(url));

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative/path?recordId=")]
    [InlineData("")]
    public void Normalize_NotAnAbsoluteUrl_IsLeftAsItIs(string url) =>
        Assert.Equal(url, CallbackUrl.Normalize(url));

    [Fact]
    public void Normalize_Null_IsNull() => Assert.Null(CallbackUrl.Normalize(null));

    [Theory]
    [InlineData("https://BRIDGE.example.com/cb/s/?recordId=", "https://bridge.example.com/cb/s?recordId=", true)]
    [InlineData("https://bridge.example.com/cb/S?recordId=", "https://bridge.example.com/cb/s?recordId=", false)]
    [InlineData("https://bridge.example.com/cb/s?recordId=", "https://bridge.example.com/cb/s?id=", false)]
    [InlineData("https://bridge.example.com/cb/s?recordId=", "https://bridge.example.com/cb/s", false)]
    [InlineData("not a url", "not a url", true)]
    [InlineData("not a url", "NOT A URL", false)]
    [InlineData(null, null, true)]
    [InlineData(null, "https://bridge.example.com/", false)]
    public void Same_ComparesTheNormalisedForms(string? a, string? b, bool expected) =>
        Assert.Equal(expected, CallbackUrl.Same(a, b));
}
