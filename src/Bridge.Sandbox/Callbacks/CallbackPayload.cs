using System.Text.Json;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Callbacks;

/// <summary>The PascalCase body ConnectWise posts; <c>Entity</c> is the record's JSON as a string (null on delete).</summary>
internal static class CallbackPayload
{
    public static byte[] Build(CallbackDelivery delivery, CallbackContext context, Guid messageId)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CwJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("MessageId", messageId);
            writer.WriteString("FromUrl", context.FromUrl);
            writer.WriteString("CompanyId", context.CompanyId);
            writer.WriteString("MemberId", delivery.MemberIdentifier);
            writer.WriteString("Action", delivery.Action);
            writer.WriteString("Type", delivery.Type);
            writer.WriteNumber("ID", delivery.EntityId);
            writer.WriteString("ProductInstanceId", context.ProductInstanceId);
            writer.WriteString("PartnerId", context.PartnerId);
            if (delivery.EntityJson is null)
            {
                writer.WriteNull("Entity");
            }
            else
            {
                writer.WriteString("Entity", delivery.EntityJson);
            }

            writer.WriteStartObject("Metadata");
            writer.WriteString("key_url", context.KeyUrl);
            writer.WriteEndObject();
            writer.WriteNumber("CallbackObjectRecId", delivery.RegistrationId);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>A URL ending in <c>=</c> gets the record id and the action appended: <c>…?id=</c> → <c>…?id=5&amp;action=updated</c>.</summary>
    public static string TargetUrl(CallbackDelivery delivery) =>
        delivery.Url.EndsWith('=')
            ? $"{delivery.Url}{delivery.EntityId}&action={delivery.Action}"
            : delivery.Url;
}
