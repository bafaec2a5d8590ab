using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// Delivery settings in section <c>Channels</c> beside the channels themselves (which bind to
/// <see cref="Bridge.Connectors.Notifications.ChannelsOptions"/>): the message templates and when a channel counts as failing.
/// </summary>
public sealed class NotificationOptions : IValidatableObject
{
    public const string SectionName = "Channels";

    /// <summary>Message templates.</summary>
    public NotificationTemplates Templates { get; set; } = new();

    /// <summary>Consecutive failed or unknown sends after which a channel is reported on <c>/health/ready</c>.</summary>
    public int FailureThreshold { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FailureThreshold is < 1 or > 100)
        {
            yield return new ValidationResult("Channels:FailureThreshold must be between 1 and 100.", [nameof(FailureThreshold)]);
        }

        foreach (var (key, template) in Templates?.All() ?? [])
        {
            if (string.IsNullOrWhiteSpace(template))
            {
                yield return new ValidationResult($"{key} must not be empty (remove the key to use the shipped default).", [nameof(Templates)]);
                continue;
            }

            foreach (var unknown in TemplateRenderer.UnknownPlaceholders(template))
            {
                yield return new ValidationResult(
                    $"{key} uses the unknown placeholder {{{unknown}}}; known placeholders: {string.Join(" ", TemplateRenderer.Placeholders.Select(p => "{" + p + "}"))}.",
                    [nameof(Templates)]);
            }
        }

        if (Templates is { } t && !t.Sms.Contains("{ackUrl}", StringComparison.Ordinal) && !t.Sms.Contains("ACK", StringComparison.Ordinal))
        {
            yield return new ValidationResult("Channels:Templates:Sms must offer a way to acknowledge: include {ackUrl} or tell the reader to reply ACK.", [nameof(Templates)]);
        }
    }
}
