using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Polly;
using Polly.Registry;
using Polly.Timeout;

namespace Bridge.Connectors.Notifications.Email;

/// <summary>
/// Email over SMTP with MailKit: connect with the configured TLS mode, authenticate when a user is set,
/// submit one message, quit. Problems before the message data goes out (connect, TLS, login, a refused
/// sender or recipient) are failures; a connection lost or a timeout while the message is being submitted is
/// <see cref="DeliveryStatus.Unknown"/> (the server may have queued it). One submission is one attempt:
/// the pipeline (<see cref="PipelineName"/>) is a timeout and never resubmits.
/// </summary>
internal sealed class EmailChannel(
    ResiliencePipelineProvider<string> pipelines, IOptionsMonitor<ChannelsOptions> options, TimeProvider time, ILogger<EmailChannel> logger) : INotificationChannel
{
    public const string PipelineName = "Bridge.Notifications.Email";

    public string Kind => ChannelKinds.Email;

    public bool IsConfigured => options.CurrentValue.Email is not null;

    public async Task<DeliveryResult> SendAsync(Notification notification, ContactAddress to, CancellationToken cancellationToken)
    {
        if (options.CurrentValue.Email is not { } email)
        {
            return DeliveryResult.Failed("the email channel is not configured", transient: false);
        }

        if (!MailboxAddress.TryParse(to.Address, out var recipient) || string.IsNullOrEmpty(recipient.Domain))
        {
            NotificationChannelLog.BadAddress(logger, Kind, AddressMask.For(to.Address), "not an email address");
            return DeliveryResult.Failed("the address is not an email address", transient: false);
        }

        if (!string.IsNullOrEmpty(to.DisplayName))
        {
            recipient.Name = to.DisplayName;
        }

        var message = EmailMessage.Build(notification, MailboxAddress.Parse(email.From), recipient, time.GetUtcNow());
        if (!string.IsNullOrWhiteSpace(email.PickupDirectory))
        {
            return await WriteToPickupAsync(message, email.PickupDirectory, notification, to, cancellationToken);
        }

        var stage = SmtpStage.Connect;
        DeliveryResult result;
        try
        {
            await pipelines.GetPipeline(PipelineName).ExecuteAsync(
                async token =>
                {
                    using var client = new SmtpClient { Timeout = (int)email.Timeout.TotalMilliseconds };
                    stage = SmtpStage.Connect;
                    await client.ConnectAsync(email.Host, email.Port, Map(email.Security), token);
                    if (!string.IsNullOrEmpty(email.Username))
                    {
                        stage = SmtpStage.Authenticate;
                        await client.AuthenticateAsync(email.Username, email.Password ?? "", token);
                    }

                    stage = SmtpStage.Submit;
                    await client.SendAsync(message, token);
                    stage = SmtpStage.Done;
                    await client.DisconnectAsync(quit: true, token);
                },
                cancellationToken);
            result = DeliveryResult.Sent(message.MessageId);
        }
        catch (Exception) when (stage == SmtpStage.Done && !cancellationToken.IsCancellationRequested)
        {
            // The server accepted the message; only the polite QUIT failed.
            result = DeliveryResult.Sent(message.MessageId);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && Classify(ex, stage) is { } classified)
        {
            result = classified;
        }

        if (result.Status == DeliveryStatus.Sent)
        {
            NotificationChannelLog.Sent(logger, Kind, AddressMask.For(to.Address), result.ProviderMessageId);
        }
        else
        {
            NotificationChannelLog.NotSent(logger, Kind, AddressMask.For(to.Address), result.Status, result.Reason);
        }

        return result;
    }

    /// <summary>The pickup directory instead of SMTP: the message is delivered once its file is complete.</summary>
    private async Task<DeliveryResult> WriteToPickupAsync(MimeMessage message, string directory, Notification notification, ContactAddress to, CancellationToken cancellationToken)
    {
        try
        {
            var file = await EmailPickupDirectory.WriteAsync(message, directory, notification.TicketId, time.GetUtcNow(), cancellationToken);
            NotificationChannelLog.WrittenToPickup(logger, Kind, AddressMask.For(to.Address), file);
            return DeliveryResult.Sent(message.MessageId);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && !cancellationToken.IsCancellationRequested)
        {
            var result = DeliveryResult.Failed($"the pickup directory could not be written ({ex.GetType().Name})", transient: ex is IOException);
            NotificationChannelLog.NotSent(logger, Kind, AddressMask.For(to.Address), result.Status, result.Reason);
            return result;
        }
    }

    /// <summary>Maps a MailKit/transport exception at a stage to a result; null lets anything unexpected propagate.</summary>
    internal static DeliveryResult? Classify(Exception ex, SmtpStage stage) => ex switch
    {
        SmtpCommandException command => DeliveryResult.Failed(
            $"SMTP server refused at {stage} with {(int)command.StatusCode} ({command.ErrorCode})",
            transient: (int)command.StatusCode is >= 400 and < 500),
        AuthenticationException => DeliveryResult.Failed("SMTP server refused the credentials", transient: false),
        SslHandshakeException => DeliveryResult.Failed("TLS handshake with the SMTP server failed", transient: false),
        NotSupportedException when stage == SmtpStage.Connect => DeliveryResult.Failed("the SMTP server does not support the configured security mode", transient: false),
        TimeoutRejectedException or TimeoutException or OperationCanceledException => stage == SmtpStage.Submit
            ? DeliveryResult.Unknown("SMTP submission timed out; the server may have queued the message")
            : DeliveryResult.Failed($"SMTP timed out at {stage}", transient: true),
        SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException => stage == SmtpStage.Submit
            ? DeliveryResult.Unknown($"SMTP connection lost during submission ({ex.GetType().Name}); the server may have queued the message")
            : DeliveryResult.Failed($"SMTP {stage} failed ({ex.GetType().Name})", transient: true),
        _ => null,
    };

    private static SecureSocketOptions Map(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
