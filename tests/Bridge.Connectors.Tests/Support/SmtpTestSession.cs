using System.Text;

namespace Bridge.Connectors.Tests.Support;

/// <summary>One SMTP conversation of <see cref="SmtpTestServer"/>.</summary>
internal sealed class SmtpTestSession(SmtpTestServer server, StreamReader reader, StreamWriter writer, CancellationToken stop)
{
    private readonly List<string> _recipients = [];
    private string? _mailFrom;
    private string? _user;
    private string? _password;
    private bool _authenticated;

    private bool AuthRequired => server.User is not null;

    public async Task RunAsync()
    {
        await writer.WriteLineAsync("220 localhost ESMTP bridge-test");
        while (await reader.ReadLineAsync(stop) is { } line)
        {
            server.Commands.Enqueue(line.StartsWith("AUTH", StringComparison.OrdinalIgnoreCase) ? "AUTH" : line);
            var verb = (line.Split(' ', 2)[0]).ToUpperInvariant();
            var argument = line.Length > verb.Length ? line[(verb.Length + 1)..] : "";
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-localhost");
                    if (AuthRequired)
                    {
                        await writer.WriteLineAsync("250-AUTH PLAIN LOGIN");
                    }

                    await writer.WriteLineAsync("250 HELP");
                    break;
                case "HELO":
                    await writer.WriteLineAsync("250 localhost");
                    break;
                case "AUTH":
                    await AuthenticateAsync(argument);
                    break;
                case "MAIL":
                    if (AuthRequired && !_authenticated)
                    {
                        await writer.WriteLineAsync("530 5.7.0 Authentication required");
                        break;
                    }

                    _mailFrom = Address(argument);
                    _recipients.Clear();
                    await writer.WriteLineAsync("250 2.1.0 OK");
                    break;
                case "RCPT":
                    if (server.RejectRecipients)
                    {
                        await writer.WriteLineAsync("550 5.1.1 No such user");
                        break;
                    }

                    _recipients.Add(Address(argument));
                    await writer.WriteLineAsync("250 2.1.5 OK");
                    break;
                case "DATA":
                    await ReceiveDataAsync();
                    if (server.SilentAfterData)
                    {
                        await Task.Delay(Timeout.Infinite, stop);
                    }

                    await writer.WriteLineAsync("250 2.0.0 OK queued as T" + server.Messages.Count);
                    break;
                case "RSET":
                    _mailFrom = null;
                    _recipients.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 5.5.2 Command not implemented");
                    break;
            }
        }
    }

    private async Task AuthenticateAsync(string argument)
    {
        var parts = argument.Split(' ', 2);
        var mechanism = parts[0].ToUpperInvariant();
        if (mechanism == "PLAIN")
        {
            var response = parts.Length > 1 ? parts[1] : await ChallengeAsync("");
            var fields = Decode(response).Split('\0');
            (_user, _password) = fields.Length == 3 ? (fields[1], fields[2]) : (null, null);
        }
        else if (mechanism == "LOGIN")
        {
            _user = Decode(parts.Length > 1 ? parts[1] : await ChallengeAsync("VXNlcm5hbWU6"));
            _password = Decode(await ChallengeAsync("UGFzc3dvcmQ6"));
        }
        else
        {
            await writer.WriteLineAsync("504 5.5.4 Unrecognized authentication type");
            return;
        }

        _authenticated = _user == server.User && _password == server.Password;
        await writer.WriteLineAsync(_authenticated ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication credentials invalid");
    }

    private async Task<string> ChallengeAsync(string challenge)
    {
        await writer.WriteLineAsync("334 " + challenge);
        return await reader.ReadLineAsync(stop) ?? "";
    }

    private async Task ReceiveDataAsync()
    {
        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(stop) is { } line && line != ".")
        {
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        server.Messages.Enqueue(new ReceivedMail(_mailFrom ?? "", [.. _recipients], _user, _password, Encoding.Latin1.GetBytes(data.ToString())));
    }

    private static string Address(string argument)
    {
        var start = argument.IndexOf('<', StringComparison.Ordinal);
        var end = argument.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? argument[(start + 1)..end] : argument;
    }

    private static string Decode(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64.Trim()));
}
