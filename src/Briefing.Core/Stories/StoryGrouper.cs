using System.Collections.Frozen;
using Briefing.Text;

namespace Briefing.Stories;

/// <summary>Groups articles that report the same event into stories: offline, with nothing downloaded, and the same groups for the same input.</summary>
/// <remarks>
/// <para>Copies of one text (wire copy lightly edited) always join. Other pairs are scored by the cosine of TF-IDF
/// vectors of stemmed content words, the headline counted twice because it names the event; only the first
/// <see cref="BodyWords"/> words of the body count, since the end of a scraped page is where captions, related links
/// and embedded posts pile up. Groups form by average link, so a place or a person shared by two different events
/// adds one term among dozens and does not carry the pair: the event words must match too.</para>
/// <para>Reports of one event are written within a day or two; articles published further apart than
/// <see cref="SameEventDays"/> count half, so a follow-up days later needs far more in common than a same-day report.</para>
/// </remarks>
internal sealed class StoryGrouper(WordTokenizer tokenizer, PorterStemmer stemmer)
{
    /// <summary>Mean pairwise similarity from which two groups are one story.</summary>
    public const double Threshold = 0.1;

    /// <summary>Body words read per article.</summary>
    public const int BodyWords = 600;

    /// <summary>Publication gap (in days) within which reports are taken to be about the same day's event.</summary>
    public const double SameEventDays = 2;

    /// <summary>Weight of the similarity of two articles published further apart than <see cref="SameEventDays"/>.</summary>
    public const double LaterWeight = 0.5;

    /// <summary>Cosine below which two articles cannot be copies of one text; far below what a lightly edited copy scores.</summary>
    private const double CopyCandidate = 0.2;

    /// <summary>Weight of a word found in most news reports (<see cref="CommonNewsWords"/>) against an ordinary word.</summary>
    public const double BackgroundWeight = 0.25;

    private readonly FrozenSet<string> _background = CommonNewsWords.Words.Select(stemmer.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Groups of indexes into <paramref name="articles"/>, each in input order, ordered by their first article.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Group(IReadOnlyList<StoryCandidate> articles) =>
        AverageLinkClustering.Cluster(Similarities(articles), Threshold).OrderBy(g => g[0]).ToList();

    /// <summary>Whether <paramref name="story"/> continues <paramref name="earlier"/>: their articles' mean similarity reaches the threshold, as if grouped together.</summary>
    public bool Continues(IReadOnlyList<StoryCandidate> story, IReadOnlyList<StoryCandidate> earlier)
    {
        if (story.Count == 0 || earlier.Count == 0)
        {
            return false;
        }

        var similarity = Similarities([.. story, .. earlier]);
        var sum = 0.0;
        for (var i = 0; i < story.Count; i++)
        {
            for (var j = 0; j < earlier.Count; j++)
            {
                sum += similarity[i, story.Count + j];
            }
        }

        return sum / (story.Count * earlier.Count) >= Threshold;
    }

    /// <summary>The pairwise similarity the grouping uses: 1 for copies, otherwise the cosine weighted by the publication gap.</summary>
    internal double[,] Similarities(IReadOnlyList<StoryCandidate> articles)
    {
        var documents = articles.Select(Terms).ToList();
        var vectors = TermVectors.Build(documents, _background, BackgroundWeight);
        var shingles = articles.Select(a => NearDuplicates.Shingles(a.Text)).ToList();
        var n = articles.Count;
        var similarity = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            similarity[i, i] = 1;
            for (var j = i + 1; j < n; j++)
            {
                var cosine = TermVectors.Cosine(vectors[i], vectors[j]);
                // A copy shares most of its words, so only a pair that already looks alike is worth comparing run by run.
                var score = cosine >= CopyCandidate && NearDuplicates.AreCopies(shingles[i], shingles[j]) ? 1 : cosine * TimeWeight(articles[i], articles[j]);
                similarity[i, j] = similarity[j, i] = score;
            }
        }

        return similarity;
    }

    private static double TimeWeight(StoryCandidate a, StoryCandidate b) =>
        a.PublishedAt is { } x && b.PublishedAt is { } y && Math.Abs((x - y).TotalDays) > SameEventDays ? LaterWeight : 1;

    private IReadOnlyList<string> Terms(StoryCandidate article)
    {
        var title = article.Title is null ? [] : TermVectors.Terms(tokenizer, stemmer, article.Title);
        var body = TermVectors.Terms(tokenizer, stemmer, Lead(article.Text));
        return [.. title, .. title, .. body];
    }

    private static string Lead(string text)
    {
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var isSpace = char.IsWhiteSpace(text[i]);
            if (!isSpace && !inWord && ++words > BodyWords)
            {
                return text[..i];
            }

            inWord = !isSpace;
        }

        return text;
    }
}
