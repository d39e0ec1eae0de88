using System.Reflection;
using System.Text.Json.Serialization;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Slack.Tests.BlockKit;

/// <summary>
/// A Block Kit type added without its <c>[JsonDerivedType]</c> on its base would fail only when a reply holds it
/// (System.Text.Json refuses an unlisted runtime type); this fails first.
/// </summary>
public sealed class BlockKitRegistrationTests
{
    public static TheoryData<Type> PolymorphicBases() => [typeof(Block), typeof(BlockElement), typeof(TextObject)];

    [Theory]
    [MemberData(nameof(PolymorphicBases))]
    public void Every_concrete_type_in_the_library_is_listed_on_its_base(Type baseType)
    {
        var concrete = typeof(Block).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.IsAssignableTo(baseType))
            .OrderBy(t => t.Name);
        var registered = baseType.GetCustomAttributes<JsonDerivedTypeAttribute>()
            .Select(a => a.DerivedType)
            .OrderBy(t => t.Name);

        Assert.Equal(concrete, registered);
    }

    [Fact]
    public void Every_block_element_and_text_type_serialises_with_its_slack_type_first()
    {
        var text = new PlainText("t");
        var option = new Option(text, "v");
        Block[] blocks =
        [
            new HeaderBlock { Text = text },
            new SectionBlock { Text = new MarkdownText("m") },
            new ContextBlock { Elements = [text] },
            new DividerBlock(),
            new ActionsBlock { Elements = [new Button { ActionId = "b", Text = text }] },
            new InputBlock { Label = text, Element = new PlainTextInput { ActionId = "p" } },
            new InputBlock { Label = text, Element = new StaticSelect { ActionId = "s", Options = [option] } },
            new InputBlock { Label = text, Element = new MultiStaticSelect { ActionId = "m", Options = [option] } },
        ];

        var json = SlackJson.Serialize(new View { Type = ViewType.Modal, Title = text, Blocks = blocks });

        foreach (var type in (string[])["header", "section", "context", "divider", "actions", "input", "button", "plain_text_input",
                     "static_select", "multi_static_select", "plain_text", "mrkdwn"])
            Assert.Contains($"{{\"type\":\"{type}\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(SlackMessage))]
    [InlineData(typeof(View))]
    [InlineData(typeof(JourneyBot.Slack.Handlers.ViewSubmissionResponse))]
    public void What_we_send_slack_is_serialised_from_compile_time_metadata(Type sent)
    {
        Assert.IsType<BlockKitJsonContext>(SlackJson.Options.GetTypeInfo(sent).OriginatingResolver);
    }
}
