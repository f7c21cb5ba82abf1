namespace Briefing.Text;

public sealed class QuotationBalanceTests
{
    [Theory]
    [InlineData("He said: \"We will win.\"")]
    [InlineData("“We will win,” he said.")]
    [InlineData("'We will fight on,' he said of Radio 4's plans.")]
    [InlineData("The players' union met in the '90s and 'rock 'n' roll' followed.")]
    [InlineData("Horn sagte: „Wir investieren mehr.“")]
    [InlineData("Il a déclaré : « Nous ne céderons pas. »")]
    [InlineData("Hij kwam 's ochtends en 't was koud.")]
    public void Of_BalancedText_IsBalanced(string text)
    {
        Assert.True(QuotationBalance.Of(text).IsBalanced, text);
    }

    [Theory]
    [InlineData("He said: 'If you look back at the Third Programme, it was never afraid.", 1, 0)]
    [InlineData("He said: \"If you look back.", 1, 0)]
    [InlineData("It was a weapon.'", 0, 1)]
    [InlineData("It was a weapon.”", 0, 1)]
    [InlineData("Nous ne céderons pas. »", 0, 1)]
    public void Of_UnbalancedText_CountsWhatIsOpenOrStray(string text, int unclosed, int unopened)
    {
        Assert.Equal(new QuotationBalance(unclosed, unopened), QuotationBalance.Of(text));
    }

    [Theory]
    [InlineData("He said: \"We will never stop. Never. Not until the end", "He said: \"We will never stop. Never. Not until the end\u2026\"")]
    [InlineData("Horn sagte: „Wir investieren mehr", "Horn sagte: „Wir investieren mehr\u2026\u201C")]
    [InlineData("It was a weapon.'", "'\u2026It was a weapon.'")]
    [InlineData("It was a weapon.\u201D", "\u201C\u2026It was a weapon.\u201D")]
    [InlineData("He said: \"We will win.\"", "He said: \"We will win.\"")]
    public void Complete_CutQuotation_IsMarkedAsCutAndBalanced(string text, string expected)
    {
        var completed = QuotationBalance.Complete(text);

        Assert.Equal(expected, completed);
        Assert.True(QuotationBalance.Of(completed).IsBalanced, completed);
    }
}
