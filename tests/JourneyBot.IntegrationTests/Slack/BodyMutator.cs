using System.Text;

namespace JourneyBot.IntegrationTests.Slack;

/// <summary>One fuzz case: the bytes to post and how they were made (for the failure message).</summary>
public sealed record MutatedBody(string Mutation, byte[] Body);

/// <summary>
/// Breaks valid Slack bodies the ways senders and networks break them: the JSON inside (<see cref="JsonMutator"/>),
/// the form encoding around it (fields missing, repeated, unknown; bad escapes; no '='), then often the bytes
/// themselves (cut, flipped, dropped, repeated, invalid UTF-8). Every choice comes from the given
/// <see cref="Random"/>, so a seed replays a run.
/// </summary>
public sealed class BodyMutator(Random random)
{
    private readonly JsonMutator _json = new(random);

    private static readonly byte[][] BadUtf8 =
    [
        [0xFF], [0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFE, 0xFF],
    ];

    public MutatedBody MutateJson(string json)
    {
        var (what, text) = _json.Mutate(json);
        return ByteLevel(what, Encoding.UTF8.GetBytes(text));
    }

    public MutatedBody MutateForm(string form)
    {
        var pairs = form.Split('&').Select(p => p.Split('=', 2)).Select(p => (Name: p[0], Value: p.Length > 1 ? p[1] : null)).ToList();
        var steps = new List<string>();
        for (var n = 1 + random.Next(3); n > 0; n--)
            steps.Add(MutatePairs(pairs));
        var body = string.Join('&', pairs.Select(p => p.Value is null ? p.Name : p.Name + "=" + p.Value));
        return ByteLevel("form: " + string.Join(", ", steps), Encoding.UTF8.GetBytes(body));
    }

    /// <summary>An interactivity body: the payload JSON mutated then encoded, the form around it broken, or both.</summary>
    public MutatedBody MutateInteraction(string payloadJson)
    {
        switch (random.Next(6))
        {
            case 0:
                return MutateForm("payload=" + Uri.EscapeDataString(payloadJson));
            case 1: // the JSON unencoded, as a careless sender would post it ('&', '+' and '%' in it then mean something else)
                var (what, text) = _json.Mutate(payloadJson);
                return ByteLevel("payload unencoded, " + what, Encoding.UTF8.GetBytes("payload=" + text));
            default:
                var (mutation, json) = _json.Mutate(payloadJson);
                var bytes = Encoding.UTF8.GetBytes(json);
                if (random.Next(4) == 0)
                {
                    bytes = Corrupt(bytes, out var how);
                    mutation += " then JSON bytes " + how;
                }
                var encoded = Encoding.ASCII.GetBytes("payload=" + PercentEncode(bytes));
                return random.Next(4) == 0 ? ByteLevel(mutation, encoded) : new MutatedBody(mutation, encoded);
        }
    }

    private string MutatePairs(List<(string Name, string? Value)> pairs)
    {
        var i = pairs.Count == 0 ? -1 : random.Next(pairs.Count);
        switch (random.Next(12))
        {
            case 0 when i >= 0: var gone = pairs[i].Name; pairs.RemoveAt(i); return "removed " + gone;
            case 1 when i >= 0: pairs.Insert(random.Next(pairs.Count + 1), (pairs[i].Name, Uri.EscapeDataString(_json.OddPlain()))); return "repeated " + pairs[i].Name;
            case 2: pairs.Insert(random.Next(pairs.Count + 1), ("x_unknown_" + random.Next(100), "1")); return "unknown field";
            case 3 when i >= 0: pairs[i] = (pairs[i].Name, BadEscape()); return "bad escape in " + pairs[i].Name;
            case 4 when i >= 0: pairs[i] = (pairs[i].Name, null); return "no '=' after " + pairs[i].Name;
            case 5 when i >= 0: pairs[i] = (BadEscape(), pairs[i].Value); return "bad escape in a name";
            case 6: pairs.Insert(random.Next(pairs.Count + 1), (random.Next(2) == 0 ? "" : "=", "x")); return "empty name";
            case 7 when i >= 0: pairs[i] = (pairs[i].Name, Uri.EscapeDataString(_json.OddPlain())); return "odd value in " + pairs[i].Name;
            case 8 when i >= 0: pairs[i] = (pairs[i].Name, (pairs[i].Value ?? "") + "&&=&" + (pairs[i].Value ?? "")); return "stray separators in " + pairs[i].Name;
            case 9 when i >= 0: pairs[i] = (pairs[i].Name, Uri.EscapeDataString(JsonMutator.SlackWords[random.Next(JsonMutator.SlackWords.Length)])); return "slack word in " + pairs[i].Name;
            case 10 when i >= 0: pairs[i] = (pairs[i].Name.ToUpperInvariant(), pairs[i].Value); return "upper-cased " + pairs[i].Name;
            default: pairs.Insert(random.Next(pairs.Count + 1), ("text", new string('a', random.Next(9_990, 10_020)))); return "long text";
        }
    }

    private string BadEscape() => random.Next(8) switch
    {
        0 => "%",
        1 => "%G1",
        2 => "%FF",
        3 => "%C3",
        4 => "%ED%A0%80",
        5 => "%00%0A%0D",
        6 => "abc%2",
        _ => "%C0%AF%E2%82",
    };

    /// <summary>Often (not always) breaks the bytes themselves: cut, invalid UTF-8, flipped, dropped or repeated.</summary>
    private MutatedBody ByteLevel(string mutation, byte[] body)
    {
        if (random.Next(3) != 0) return new MutatedBody(mutation, body);
        var corrupted = Corrupt(body, out var how);
        return new MutatedBody(mutation + " then bytes " + how, corrupted);
    }

    private byte[] Corrupt(byte[] body, out string how)
    {
        var at = random.Next(body.Length + 1);
        var list = body.ToList();
        switch (random.Next(5))
        {
            case 0:
                how = $"cut at {at}";
                return body[..at];
            case 1:
                var bad = BadUtf8[random.Next(BadUtf8.Length)];
                list.InsertRange(at, bad);
                how = $"invalid UTF-8 {Convert.ToHexString(bad)} at {at}";
                return [.. list];
            case 2 when body.Length > 0:
                at = Math.Min(at, body.Length - 1);
                var flipped = (byte)(body[at] ^ (1 << random.Next(8)));
                how = $"byte {at} flipped to 0x{flipped:X2}";
                body = (byte[])body.Clone();
                body[at] = flipped;
                return body;
            case 3:
                var length = random.Next(Math.Max(1, body.Length - at));
                how = $"{length} bytes dropped at {at}";
                return [.. body[..at], .. body[(at + length)..]];
            default:
                var span = body[at..Math.Min(body.Length, at + random.Next(1, 64))];
                list.InsertRange(at, span);
                how = $"{span.Length} bytes repeated at {at}";
                return [.. list];
        }
    }

    private static string PercentEncode(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
                text.Append((char)b);
            else
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }
}
