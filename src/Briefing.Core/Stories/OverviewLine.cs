namespace Briefing.Stories;

/// <summary>One line of "Today in brief": the story it points to (its rank, from 0) and what it says.</summary>
internal sealed record OverviewLine(int Story, string Text);
