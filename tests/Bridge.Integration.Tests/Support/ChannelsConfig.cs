namespace Bridge.Integration.Tests.Support;

/// <summary>A configuration directory for host tests of the notification channels (ConnectWise is never called).</summary>
public static class ChannelsConfig
{
    public const string SmsToken = "gateway-auth-Token-4242";

    public static void Write(TempDirectory dir, SmsGateway sms, int smtpPort, string extraChannels = "")
    {
        dir.Write("appsettings.json", """
            { "Urls": "http://127.0.0.1:0", "Logging": { "File": { "Path": "logs/bridge-.log" } } }
            """);
        dir.Write("bridge.json", $$"""
            {
              "ConnectWise": {
                "BaseUrl": "http://127.0.0.1:9/v4_6_release/apis/3.0/",
                "CompanyId": "msp", "PublicKey": "pub", "PrivateKey": "private-key-value",
                "ClientId": "3f0e5c1a-8d0e-4c4e-9a57-6c1b2f1d9e11"
              },
              "Channels": {
                {{extraChannels}}
                "FailureThreshold": 2,
                "Sms": {
                  "BaseUrl": "{{sms.BaseAddress}}", "AccountSid": "AC42", "AuthToken": "{{SmsToken}}",
                  "From": "+15550199", "Timeout": "00:00:03"
                },
                "Email": {
                  "Host": "127.0.0.1", "Port": {{smtpPort}}, "Security": "None",
                  "From": "Bridge <bridge@msp.example>", "Timeout": "00:00:05"
                }
              }
            }
            """);
    }
}
