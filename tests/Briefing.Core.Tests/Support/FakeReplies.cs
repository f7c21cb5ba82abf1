namespace Briefing.Support;

/// <summary>Fixed model outputs for the sample article, as a well-behaved model would write them.</summary>
public static class FakeReplies
{
    public const string Sample = """
        {
          "briefing": "Foreign Minister Sergey Lavrov advised President Vladimir Putin on Monday to keep talking with the West about Russia's security demands, saying the possibilities for agreement were far from exhausted. The advice came as Germany's chancellor travelled to Kyiv and Moscow in a last-ditch effort to head off a feared Russian invasion of Ukraine, while Russia continued to build up troops and hold drills with Belarus.",
          "key_points": [
            "Lavrov told Putin there is always a chance to find agreement with the West and proposed continuing negotiations.",
            "The U.S. has offered dialogue on limits for missile deployments in Europe and restrictions on military drills.",
            "Germany's chancellor began a trip to Kyiv and Moscow to head off a feared Russian invasion of Ukraine.",
            "Moscow wants guarantees that NATO will not admit Ukraine; the U.S. and NATO have rejected those demands.",
            "Ukraine requested an OSCE meeting within 48 hours to discuss Russian deployments near its borders."
          ],
          "language": "en"
        }
        """;
}
