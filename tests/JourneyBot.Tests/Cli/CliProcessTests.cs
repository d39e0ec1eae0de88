using System.Text.Json;

namespace JourneyBot.Tests.Cli;

/// <summary>The verbs run as a newcomer runs them: the real JourneyBot process, on its own SQLite file.</summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("journeybot-cli-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* harmless leftover */ }
    }

    private Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) =>
        BotProcess.RunAsync([.. args, $"--ConnectionStrings:Catalog=Data Source={Path.Combine(_folder, "cli.db")}"], _folder);

    [Fact]
    public async Task Ask_json_prints_exactly_the_Slack_payload()
    {
        var (exit, output, _) = await RunAsync("ask", "next-offer ci inquiry", "--json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("ephemeral", doc.RootElement.GetProperty("response_type").GetString());
        Assert.Contains("Consideration", doc.RootElement.GetProperty("text").GetString());
        Assert.True(doc.RootElement.GetProperty("blocks").GetArrayLength() > 2);
    }

    [Fact]
    public async Task Digest_preview_image_writes_the_map_picture_as_a_PNG_and_still_prints_the_digest()
    {
        var file = Path.Combine(_folder, "map.png");

        var (exit, output, err) = await RunAsync("digest", "preview", "--image", file, "--use-case", "ci");

        Assert.Equal(0, exit);
        Assert.Contains("Gap digest preview", output, StringComparison.Ordinal);
        Assert.Contains("Wrote the journey map picture", err, StringComparison.Ordinal);
        var png = await File.ReadAllBytesAsync(file);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.True(bitmap.Width >= 480 && bitmap.Height > 100);
    }

    [Fact]
    public async Task Ask_prints_a_readable_answer_and_fails_on_unknown_words()
    {
        var ok = await RunAsync("ask", "next-offer", "ci", "inquiry");
        Assert.Equal(0, ok.Exit);
        Assert.Contains("Next offer: Consideration", ok.Out);

        var bad = await RunAsync("ask", "next-offer devsecosp inquiry");
        Assert.Equal(1, bad.Exit);
        Assert.Contains("did you mean devsecops", bad.Out);
    }

    [Fact]
    public async Task Ask_add_at_the_terminal_stores_the_item_at_once()
    {
        var added = await RunAsync("ask", "add https://x.example/cli-roi Pipeline ROI calculator for CI");
        Assert.Equal(0, added.Exit);
        Assert.Contains("Added to the catalog", added.Out, StringComparison.Ordinal);

        var (_, listed, _) = await RunAsync("ask", "collateral decision ci");
        Assert.Contains("https://x.example/cli-roi", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_reports_bad_lines_exits_1_and_imports_nothing_then_export_round_trips()
    {
        var bad = Path.Combine(_folder, "bad.csv");
        await File.WriteAllTextAsync(bad, "title,url,stages,use_cases\nGood,https://x.example/g,awareness,ci\nBad,mailto:a@b.c,awareness,ci\n");
        var (exit, _, err) = await RunAsync("catalog", "import", bad);
        Assert.Equal(1, exit);
        Assert.Contains("line 3: url 'mailto:a@b.c' is not an http or https URL", err);
        Assert.Contains("Nothing was imported", err);

        var exported = Path.Combine(_folder, "export.csv");
        Assert.Equal(0, (await RunAsync("catalog", "export", "-o", exported)).Exit);
        Assert.DoesNotContain("https://x.example/g", await File.ReadAllTextAsync(exported));

        var again = await RunAsync("catalog", "import", exported, "--replace");
        Assert.Equal(0, again.Exit);
        Assert.Contains("0 added", again.Out);
    }

    [Fact]
    public async Task Import_of_a_csv_that_is_not_UTF8_names_the_line_exits_1_and_imports_nothing()
    {
        var latin1 = Path.Combine(_folder, "latin1.csv");
        await File.WriteAllBytesAsync(latin1, [.. "title,url,stages,use_cases\nGood,https://x.example/g,awareness,ci\nCaf"u8, 0xE9, .. ",https://x.example/c,awareness,ci\n"u8]);

        var (exit, _, err) = await RunAsync("catalog", "import", latin1);

        Assert.Equal(1, exit);
        Assert.Contains($"{latin1}: line 3: not UTF-8", err);
        Assert.Contains("Nothing was imported", err);
        Assert.DoesNotContain("https://x.example/g", (await RunAsync("catalog", "export")).Out);
    }

    [Fact]
    public async Task Import_of_yaml_nested_50000_deep_is_a_line_error_with_exit_1_not_a_crash()
    {
        var deep = Path.Combine(_folder, "deep.yaml");
        await File.WriteAllTextAsync(deep, "collateral:\n  - title: " + new string('[', 50_000) + new string(']', 50_000) + "\n");

        var (exit, _, err) = await RunAsync("catalog", "import", deep);

        Assert.Equal(1, exit);
        Assert.Contains($"{deep}: line 2: the YAML cannot be read", err);
        Assert.Contains("nesting is deeper than", err);
    }

    [Fact]
    public async Task Tags_suggest_json_has_the_documented_shape()
    {
        var (exit, output, _) = await RunAsync("tags", "suggest", "--title", "TCO calculator for DevSecOps", "--json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("builtin", root.GetProperty("source").GetString());
        var stage = root.GetProperty("stages")[0];
        Assert.Equal("decision", stage.GetProperty("key").GetString());
        Assert.InRange(stage.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.False(string.IsNullOrEmpty(stage.GetProperty("reason").GetString()));
        Assert.Equal("devsecops", root.GetProperty("use_cases")[0].GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("personas").ValueKind);
    }

    [Fact]
    public async Task Serve_without_Slack_secrets_stops_with_a_message_naming_the_keys()
    {
        var (exit, _, err) = await RunAsync("serve", "--urls=http://127.0.0.1:0");

        Assert.Equal(1, exit);
        Assert.Contains("Slack:BotToken", err);
        Assert.Contains("Slack:SigningSecret", err);
        Assert.Contains("Slack:AppToken", err);
    }

    [Fact]
    public async Task Serve_in_socket_mode_with_a_whitespace_signing_secret_stops_naming_the_key()
    {
        var (exit, _, err) = await RunAsync("serve", "--urls=http://127.0.0.1:0", "--Slack:BotToken=xoxb-1", "--Slack:AppToken=xapp-1", "--Slack:SigningSecret= ");

        Assert.Equal(1, exit);
        Assert.Contains("JourneyBot cannot start: Slack:SigningSecret is only whitespace", err);
    }

    [Fact]
    public async Task Manifest_for_http_mode_points_every_url_at_the_public_host_and_socket_mode_has_none()
    {
        var http = await RunAsync("manifest", "--url", "https://bot.example.com");
        Assert.Equal(0, http.Exit);
        Assert.Contains("url: https://bot.example.com/slack/commands", http.Out);
        Assert.Contains("request_url: https://bot.example.com/slack/events", http.Out);
        Assert.Contains("request_url: https://bot.example.com/slack/interactions", http.Out);
        Assert.Contains("socket_mode_enabled: false", http.Out);

        var socket = await RunAsync("manifest");
        Assert.Contains("socket_mode_enabled: true", socket.Out);
        Assert.DoesNotContain("request_url", socket.Out);
        Assert.Contains("- app_mention", socket.Out);
    }

    [Fact]
    public async Task Health_fails_when_nothing_answers()
    {
        var (exit, _, err) = await RunAsync("health", "--url", "http://127.0.0.1:9/healthz");
        Assert.Equal(1, exit);
        Assert.Contains("127.0.0.1:9", err);
    }

    [Fact]
    public async Task An_unknown_verb_prints_usage_and_exits_2()
    {
        var (exit, _, err) = await RunAsync("frobnicate");
        Assert.Equal(2, exit);
        Assert.Contains("usage:", err);
        Assert.Contains("frobnicate", err);
    }
}
