using System.Text.Json;
using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Api;

/// <summary>Writes a JSON node (or a literal <c>null</c>) the way ConnectWise does: <c>application/json; charset=utf-8</c>.</summary>
internal sealed class CwJsonResult(JsonNode? body, int statusCode = StatusCodes.Status200OK) : IResult
{
    public JsonNode? Body { get; } = body;

    public int StatusCode { get; } = statusCode;

    public static IResult NoContent() => Results.StatusCode(StatusCodes.Status204NoContent);

    public static async Task WriteAsync(HttpContext context, JsonNode? body, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, CwJson.WriterOptions))
        {
            if (body is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                body.WriteTo(writer);
            }
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, Body, StatusCode);
}
