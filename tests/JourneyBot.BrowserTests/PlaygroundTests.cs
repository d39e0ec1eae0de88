namespace JourneyBot.BrowserTests;

/// <summary>The playground in Chromium: a question answered as Slack would show it; a post without the page's token refused.</summary>
[Collection(MapSiteCollection.Name)]
public sealed class PlaygroundTests(MapSite site)
{
    [ChromiumFact]
    public async Task Next_offer_ci_inquiry_answers_with_the_consideration_ci_items()
    {
        var page = await site.OpenAsync("/map/playground");
        await page.FillAsync("#q", "next-offer ci inquiry");
        await page.ClickAsync("form.playground button[type=submit]");
        var answer = page.Locator("#answer .slack-message");
        await answer.WaitForAsync();
        Assert.Contains("Consideration", await answer.Locator("h3.sk-header").InnerTextAsync());
        var titles = await answer.Locator(".sk-section .sk-text strong").AllInnerTextsAsync();
        Assert.Contains("CI Webinar One", titles);
        Assert.Contains("CI Case Study Two", titles);
        Assert.DoesNotContain(titles, l => l.Contains("CD guide", StringComparison.Ordinal));
        // Each item's "Open" button is a link to it, as in Slack.
        var opens = await answer.Locator(".sk-section a.sk-button").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.Equal(titles.Count, opens.Length);
        Assert.All(opens, href => Assert.StartsWith("https://", href));
    }

    [ChromiumFact]
    public async Task Example_button_asks_its_question()
    {
        var page = await site.OpenAsync("/map/playground");
        await page.ClickAsync("button.example[data-question='help']");
        await page.Locator("#answer .slack-message").WaitForAsync();
        Assert.Equal("help", await page.InputValueAsync("#q"));
    }

    [ChromiumFact]
    public async Task Question_posted_without_the_anti_forgery_token_is_refused()
    {
        var page = await site.OpenAsync("/map/playground"); // the browser holds the cookie, but the post lacks the form's token
        var form = page.APIRequest.CreateFormData();
        form.Set("q", "help");
        var response = await page.APIRequest.PostAsync("/map/playground", new() { Form = form });
        Assert.Equal(400, response.Status);
    }
}
