using System.Text.Json.Nodes;

namespace Bridge.Sandbox;

/// <summary>
/// A request the real ConnectWise would refuse. The API answers it with <see cref="StatusCode"/> and the
/// ConnectWise error body; <see cref="SandboxState"/> methods throw it for the same invalid input.
/// </summary>
public sealed class SandboxApiException : Exception
{
    public SandboxApiException()
        : this(400, "InvalidObject", "The request is invalid.")
    {
    }

    public SandboxApiException(string message)
        : this(400, "InvalidObject", message)
    {
    }

    public SandboxApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = 400;
        Code = "InvalidObject";
        Errors = [];
    }

    public SandboxApiException(int statusCode, string code, string message, IReadOnlyList<SandboxApiError>? errors = null)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
        Errors = errors ?? [];
    }

    /// <summary>HTTP status the API answers with (400, 404, …).</summary>
    public int StatusCode { get; }

    /// <summary>The top-level <c>code</c>, e.g. <c>InvalidObject</c>, <c>ApiFindCondition</c>, <c>NotFound</c>.</summary>
    public string Code { get; }

    /// <summary>The <c>errors</c> items; empty when the body has none.</summary>
    public IReadOnlyList<SandboxApiError> Errors { get; }

    /// <summary>The body as ConnectWise writes it: <c>{"code","message","errors":[…]}</c>.</summary>
    public JsonObject ToJson()
    {
        var body = new JsonObject { ["code"] = Code, ["message"] = Message };
        if (Errors.Count > 0)
        {
            var items = new JsonArray();
            foreach (var error in Errors)
            {
                var item = new JsonObject { ["code"] = error.Code, ["message"] = error.Message };
                if (error.Resource is not null)
                {
                    item["resource"] = error.Resource;
                }

                if (error.Field is not null)
                {
                    item["field"] = error.Field;
                }

                items.Add(item);
            }

            body["errors"] = items;
        }

        return body;
    }
}
