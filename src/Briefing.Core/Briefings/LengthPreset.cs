namespace Briefing.Briefings;

/// <summary>The word target, key-point count and completion-token cap behind a <see cref="BriefingLength"/>.</summary>
internal sealed record LengthPreset(int BriefingWords, int KeyPoints, int MaxTokens)
{
    public static LengthPreset For(BriefingLength length) => length switch
    {
        BriefingLength.Short => new(50, 3, 400),
        BriefingLength.Long => new(200, 8, 1200),
        _ => new(100, 5, 700),
    };
}
