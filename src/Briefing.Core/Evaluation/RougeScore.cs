namespace Briefing.Evaluation;

/// <summary>Precision, recall and F-measure of one ROUGE variant, each between 0 and 1.</summary>
internal sealed record RougeScore(double Precision, double Recall, double F)
{
    public static RougeScore Zero { get; } = new(0, 0, 0);

    public static RougeScore From(double precision, double recall) =>
        new(precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
}
