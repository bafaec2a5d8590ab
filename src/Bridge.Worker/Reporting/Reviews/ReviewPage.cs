using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Kernel;
using NodaTime;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>
/// The review form a technician opens from the link after a night's incident: the look of the acknowledgement page
/// (no external assets, the bridge's default content security policy), light and dark, big targets on a phone, each
/// question a fieldset with its legend, errors named at the top and beside their question with what was typed kept.
/// </summary>
internal static class ReviewPage
{
    private const string Css = """
        :root{color-scheme:light dark}
        *{box-sizing:border-box}body{margin:0;background:#f3f5f8;color:#17202b;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
        main{max-width:34rem;margin:0 auto;padding:1rem}
        .card{background:#fff;border:1px solid #e2e6ec;border-radius:.6rem;padding:1rem 1.1rem;margin-bottom:1rem}
        h1{font-size:1.25rem;margin:.2rem 0 .6rem}h2{font-size:1.1rem;margin:.1rem 0 .5rem}
        dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem .9rem;margin:0}dt{color:#4f5a68}dd{margin:0;overflow-wrap:anywhere}
        fieldset{border:1px solid #c9d1db;border-radius:.5rem;margin:0 0 1rem;padding:.6rem .9rem .8rem}
        legend{font-weight:700;padding:0 .3rem}
        .choice{display:flex;align-items:center;gap:.6rem;padding:.45rem 0;min-height:2.75rem}
        .choice input{width:1.35rem;height:1.35rem;margin:0;flex:none;accent-color:#0b63c5}
        .choice label{flex:1;cursor:pointer}
        .hint{color:#4f5a68;margin:.2rem 0 .3rem;font-size:.95rem}
        label.text{display:block;margin:.6rem 0 .2rem;font-weight:600}
        textarea{width:100%;font:inherit;padding:.55rem;border:1px solid #6b7685;border-radius:.4rem;background:#fff;color:#17202b}
        button{width:100%;font:inherit;font-weight:700;font-size:1.1rem;padding:.9rem;border-radius:.5rem;border:0;cursor:pointer;background:#0b63c5;color:#fff}
        a{color:#0b5cad}
        :focus-visible{outline:3px solid #0b63c5;outline-offset:2px}
        .error{color:#b3261e;font-weight:600;margin:.2rem 0}
        .refused{border-left:.35rem solid #b3261e}.done{border-left:.35rem solid #1a7f37}.msg{font-size:1.1rem;font-weight:600;margin:.2rem 0}
        fieldset.invalid,textarea.invalid{border-color:#b3261e;border-width:2px}
        @media (prefers-color-scheme:dark){
        body{background:#0e131a;color:#e6ebf1}.card{background:#161d26;border-color:#263140}dt,.hint{color:#a3afbf}
        fieldset{border-color:#3a4757}textarea{background:#0e131a;color:#e6ebf1;border-color:#7d8a9b}
        a{color:#8ab4f8}:focus-visible{outline-color:#8ab4f8}.choice input{accent-color:#8ab4f8}
        button{background:#1f6fd1;color:#fff}.error{color:#ff9a91}fieldset.invalid,textarea.invalid{border-color:#ff9a91}
        .refused{border-left-color:#ff9a91}.done{border-left-color:#56d364}}
        """;

    /// <summary>The form, filled with <see cref="ReviewPageModel.Values"/>, the errors first when there are any.</summary>
    public static string Form(ReviewPageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var review = model.Review;
        var errors = model.Errors.ToDictionary(e => e.Field, e => e.Message, StringComparer.Ordinal);
        var body = HtmlWriter.Build(html =>
        {
            if (model.Message is not null)
            {
                html.Append($"<section class=\"card done\" aria-labelledby=\"result\"><p class=\"msg\" id=\"result\" role=\"status\">{model.Message}</p></section>");
            }

            if (model.Errors.Count > 0)
            {
                html.Append($"<section class=\"card refused\" id=\"problems\" role=\"alert\" aria-labelledby=\"problems-title\"><h2 id=\"problems-title\">The review was not stored: {model.Errors.Count} answer(s) to fix</h2><ul>");
                foreach (var error in model.Errors)
                {
                    html.Append($"<li><a href=\"#{error.Field}-error\">{error.Message}</a></li>");
                }

                html.Append($"</ul><p>Nothing you typed is lost: it is below.</p></section>");
            }

            html.Append($"<section class=\"card\" aria-labelledby=\"title\"><h1 id=\"title\">Review of #{review.TicketId} {review.Summary ?? ""}</h1><dl>");
            html.Append($"<dt>Client</dt><dd>{review.Client}</dd>");
            html.Append($"<dt>Resolved</dt><dd>{LocalClock.Full(review.ResolvedAt, model.Zone)} · incident {review.Id}</dd>");
            if (review.Rule is not null)
            {
                html.Append($"<dt>Paged by</dt><dd>emergency rule {review.Rule}</dd>");
            }

            if (review.Latest() is { } latest)
            {
                html.Append($"<dt>Answered</dt><dd id=\"answered\">by {latest.ByName} at {LocalClock.Full(latest.At, model.Zone)}; sending again updates the answers</dd>");
            }

            html.Append($"</dl></section>");
            html.Append($"<form class=\"card\" method=\"post\" action=\"{model.Action}\" novalidate>");
            if (model.Antiforgery is { } antiforgery)
            {
                html.Append($"<input type=\"hidden\" name=\"{antiforgery.Name}\" value=\"{antiforgery.Value}\">");
            }

            Choices(html, ReviewForm.CauseField, "1. Was it a real issue?", ReviewChoices.Causes.Select(c => (c.Value, c.Label)), model.Values.Cause, errors);
            Choices(html, ReviewForm.ReachField, "2. Did the alert reach the right person?", ReviewChoices.Reaches.Select(r => (r.Value, r.Label)), model.Values.Reach, errors);
            Information(html, model.Values, errors);
            html.Append($"<button id=\"send\" type=\"submit\">Send the review</button></form>");
        });
        return Document($"Review #{review.TicketId} · Bridge", body);
    }

    /// <summary>A refusal (bad link, not allowed, no such review), with what the person had typed shown to copy when there was something.</summary>
    public static string Refused(string title, string text, ReviewFormValues? typed = null) =>
        Document(title, HtmlWriter.Build(html =>
        {
            html.Append($"<section class=\"card refused\" role=\"alert\" aria-labelledby=\"refused-title\"><h1 id=\"refused-title\">{title}</h1><p id=\"refused-text\">{text}</p></section>");
            if (typed is not null && typed != ReviewFormValues.Empty)
            {
                html.Append($"<section class=\"card\" aria-labelledby=\"typed-title\"><h2 id=\"typed-title\">What you sent (not stored)</h2><dl>");
                html.Append($"<dt>Real issue?</dt><dd>{Label(ReviewChoices.Causes.Select(c => (c.Value, c.Label)), typed.Cause)}</dd>");
                html.Append($"<dt>Right person?</dt><dd>{Label(ReviewChoices.Reaches.Select(r => (r.Value, r.Label)), typed.Reach)}</dd>");
                html.Append($"<dt>Enough information?</dt><dd>{typed.Information switch { ReviewChoices.Enough => "Yes", ReviewChoices.NotEnough => "No", _ => "—" }}</dd></dl>");
                if (typed.Missing.Length > 0)
                {
                    html.Append($"<label class=\"text\" for=\"typed-missing\">What was missing (copy it)</label><textarea id=\"typed-missing\" rows=\"4\" readonly>{typed.Missing}</textarea>");
                }

                html.Append($"</section>");
            }
        }));

    private static string Label(IEnumerable<(string Value, string Label)> choices, string value) =>
        choices.FirstOrDefault(c => c.Value == value).Label ?? (value.Length == 0 ? "—" : value);

    private static void Choices(HtmlWriter html, string field, string legend, IEnumerable<(string Value, string Label)> choices, string chosen, Dictionary<string, string> errors)
    {
        var error = errors.GetValueOrDefault(field);
        html.Append($"<fieldset id=\"{field}\" class=\"{(error is null ? "" : "invalid")}\"{Described(field, error)}><legend>{legend}</legend>");
        if (error is not null)
        {
            html.Append($"<p class=\"error\" id=\"{field}-error\">{error}</p>");
        }

        foreach (var (value, label) in choices)
        {
            var id = $"{field}-{value}";
            html.Append($"<div class=\"choice\"><input type=\"radio\" id=\"{id}\" name=\"{field}\" value=\"{value}\"{Checked(value == chosen)}><label for=\"{id}\">{label}</label></div>");
        }

        html.Append($"</fieldset>");
    }

    private static void Information(HtmlWriter html, ReviewFormValues values, Dictionary<string, string> errors)
    {
        var field = ReviewForm.InformationField;
        var error = errors.GetValueOrDefault(field);
        html.Append($"<fieldset id=\"{field}\" class=\"{(error is null ? "" : "invalid")}\"{Described(field, error)}><legend>3. Was there enough information to handle it quickly?</legend>");
        if (error is not null)
        {
            html.Append($"<p class=\"error\" id=\"{field}-error\">{error}</p>");
        }

        html.Append($"<div class=\"choice\"><input type=\"radio\" id=\"information-enough\" name=\"{field}\" value=\"{ReviewChoices.Enough}\"{Checked(values.Information == ReviewChoices.Enough)}><label for=\"information-enough\">Yes, there was enough</label></div>");
        html.Append($"<div class=\"choice\"><input type=\"radio\" id=\"information-missing\" name=\"{field}\" value=\"{ReviewChoices.NotEnough}\"{Checked(values.Information == ReviewChoices.NotEnough)}><label for=\"information-missing\">No, something was missing</label></div>");
        var missingError = errors.GetValueOrDefault(ReviewForm.MissingField);
        html.Append($"<label class=\"text\" for=\"missing\">If not, what was missing?</label><p class=\"hint\" id=\"missing-hint\">Up to {ReviewForm.MissingMaxLength} characters, e.g. the client's site address.</p>");
        if (missingError is not null)
        {
            html.Append($"<p class=\"error\" id=\"missing-error\">{missingError}</p>");
        }

        var describedBy = missingError is null ? "missing-hint" : "missing-hint missing-error";
        html.Append($"<textarea id=\"missing\" name=\"{ReviewForm.MissingField}\" rows=\"3\" aria-describedby=\"{describedBy}\" class=\"{(missingError is null ? "" : "invalid")}\"{Invalid(missingError)}>{values.Missing}</textarea></fieldset>");
    }

    private static HtmlFragment Checked(bool on) => on ? new HtmlFragment(" checked") : HtmlFragment.Empty;

    private static HtmlFragment Invalid(string? error) => error is null ? HtmlFragment.Empty : new HtmlFragment(" aria-invalid=\"true\"");

    private static HtmlFragment Described(string field, string? error) =>
        error is null ? HtmlFragment.Empty : new HtmlFragment($" aria-describedby=\"{field}-error\"");

    private static string Document(string title, HtmlFragment body) =>
        HtmlWriter.Build(html => html.Append($"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"color-scheme\" content=\"light dark\"><meta name=\"referrer\" content=\"no-referrer\"><meta name=\"robots\" content=\"noindex\"><title>{title}</title><style>{new HtmlFragment(Css)}</style></head><body><main>{body}</main></body></html>")).Markup;
}

/// <summary>What the review form shows: the review, where it posts, what is filled in, what is wrong, and the reader's zone.</summary>
internal sealed record ReviewPageModel(
    IncidentReview Review,
    string Action,
    ReviewFormValues Values,
    IReadOnlyList<ReviewFieldError> Errors,
    string? Message,
    (string Name, string Value)? Antiforgery,
    DateTimeZone Zone);
