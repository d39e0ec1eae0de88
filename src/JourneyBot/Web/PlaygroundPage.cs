using System.Text;
using JourneyBot.Core.Journeys;
using JourneyBot.Messages;
using Microsoft.AspNetCore.Antiforgery;

namespace JourneyBot.Web;

/// <summary>
/// <c>/map/playground</c>: a question goes through the handler <c>ask</c> and Slack use (<see cref="JourneyAssistant"/>),
/// and the answer is the message Slack would get, drawn as Slack draws it (<see cref="BlockKitHtml"/>). The form carries
/// an anti-forgery token, so another site cannot post questions with a visitor's Basic credentials.
/// </summary>
internal static class PlaygroundPage
{
    public const int MaxQuestionLength = 500;

    /// <summary>Who asks, as the query log records it: questions tried here are told apart from Slack's.</summary>
    public const string UserId = "web-playground";

    private static readonly string[] Examples = ["next-offer ci inquiry", "gaps", "play ci", "search case study", "help"];

    public static IResult Render(HttpContext context, IAntiforgery antiforgery) => Page(context, antiforgery, "", answerHtml: null);

    public static async Task<IResult> AnswerAsync(HttpContext context, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
            return Results.Text("This form has expired or did not come from this page: reload it and ask again.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var question = AskVerbText(form["q"].ToString());
        if (question.Length == 0) return Page(context, antiforgery, "", answerHtml: null);

        var assistant = context.RequestServices.GetRequiredService<JourneyAssistant>();
        var answer = await assistant.AskAsync(question, new AskContext(UserId), cancellationToken: cancellationToken);
        return Page(context, antiforgery, question, BlockKitHtml.Render(AnswerMessages.Build(answer)));
    }

    /// <summary>What <c>ask</c> would read: the mention dropped, bounded in length.</summary>
    private static string AskVerbText(string text)
    {
        var question = Cli.AskVerb.WithoutMention(text).Trim();
        return question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;
    }

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, string question, string? answerHtml)
    {
        var h = PageShell.Html;
        var tokens = antiforgery.GetAndStoreTokens(context);
        var body = new StringBuilder("<h1>Playground</h1><p>Ask what you would type after <code>/journey</code> in Slack; the answer is the message Slack would show (its buttons work only in Slack).</p>");
        body.Append($"<form class=\"playground\" method=\"post\" action=\"{MapEndpoints.Path}/playground\">")
            .Append($"<input type=\"hidden\" name=\"{h.Encode(tokens.FormFieldName)}\" value=\"{h.Encode(tokens.RequestToken ?? "")}\">")
            .Append($"<label for=\"q\">Question</label> <input id=\"q\" name=\"q\" type=\"text\" maxlength=\"{MaxQuestionLength}\" value=\"{h.Encode(question)}\" autofocus>")
            .Append("<button type=\"submit\">Ask</button></form>");
        body.Append("<p class=\"examples\">Try: ");
        foreach (var example in Examples) body.Append($"<button type=\"button\" class=\"example\" data-question=\"{h.Encode(example)}\">{h.Encode(example)}</button> ");
        body.Append("</p>");
        if (answerHtml is not null) body.Append("<section id=\"answer\" aria-live=\"polite\">").Append(answerHtml).Append("</section>");
        return PageShell.Page("Playground", body.ToString());
    }
}
