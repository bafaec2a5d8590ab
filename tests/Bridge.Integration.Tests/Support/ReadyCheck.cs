using System.Text.Json;

namespace Bridge.Integration.Tests.Support;

/// <summary>One check of <c>/health/ready</c>, as the admin reads it (the body is read whatever the status: 503 while some check is Unhealthy).</summary>
public static class ReadyCheck
{
    public static async Task<(string Status, string Detail)> ReadAsync(HttpClient http, string check)
    {
        using var response = await http.GetAsync("/health/ready");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var entry = body.RootElement.GetProperty("checks").GetProperty(check);
        return (entry.GetProperty("status").GetString()!, entry.GetProperty("detail").GetString() ?? "");
    }
}
