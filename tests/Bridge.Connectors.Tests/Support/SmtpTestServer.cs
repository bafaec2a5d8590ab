using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bridge.Connectors.Tests.Support;

/// <summary>
/// A small SMTP server on 127.0.0.1 (RFC 5321 subset: EHLO/HELO, AUTH PLAIN and LOGIN, MAIL, RCPT, DATA with
/// dot-unstuffing, RSET, NOOP, QUIT) that keeps every accepted message's exact bytes. No STARTTLS: tests run the
/// channel with <c>Security = None</c> on loopback.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    private SmtpTestServer(string? user, string? password)
    {
        User = user;
        Password = password;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string? User { get; }

    public string? Password { get; }

    /// <summary>RCPT TO answers 550 for every recipient.</summary>
    public bool RejectRecipients { get; set; }

    /// <summary>After the message data, answer nothing (a server that hangs mid-submission).</summary>
    public bool SilentAfterData { get; set; }

    public ConcurrentQueue<ReceivedMail> Messages { get; } = new();

    public ConcurrentQueue<string> Commands { get; } = new();

    /// <summary>Starts a server; with a user and password it advertises and requires AUTH.</summary>
    public static SmtpTestServer Start(string? user = null, string? password = null) => new(user, password);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1);
            await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
            await new SmtpTestSession(this, reader, writer, _stop.Token).RunAsync();
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the server stops.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}

/// <summary>One message as received: envelope, the credentials used, and the exact DATA bytes (unstuffed).</summary>
public sealed record ReceivedMail(string MailFrom, IReadOnlyList<string> Recipients, string? AuthUser, string? AuthPassword, byte[] Data);
