namespace Briefing.Text;

public sealed class LanguageDetectorTests
{
    private readonly LanguageDetector _detector = new();

    [Theory]
    [InlineData("en", "The council approved the budget on Monday, and the mayor said it was the best plan for the city in a decade.")]
    [InlineData("de", "Der Stadtrat hat am Montag den Haushalt beschlossen, und der Bürgermeister sagte, es sei der beste Plan für die Stadt.")]
    [InlineData("fr", "Le conseil municipal a approuvé le budget lundi, et le maire a déclaré que c'était le meilleur plan pour la ville.")]
    [InlineData("es", "El ayuntamiento aprobó el presupuesto el lunes, y el alcalde dijo que era el mejor plan para la ciudad en una década.")]
    [InlineData("it", "Il consiglio comunale ha approvato il bilancio lunedì, e il sindaco ha detto che è il piano migliore per la città.")]
    [InlineData("pt", "A câmara municipal aprovou o orçamento na segunda-feira, e o prefeito disse que é o melhor plano para a cidade.")]
    [InlineData("nl", "De gemeenteraad heeft maandag de begroting goedgekeurd, en de burgemeester zei dat het het beste plan voor de stad is.")]
    [InlineData("zh", "市议会周一批准了预算，市长表示这是十年来对城市最好的计划。")]
    [InlineData("ja", "市議会は月曜日に予算を承認し、市長はこれが最良の計画だと述べた。")]
    [InlineData("ko", "시의회는 월요일 예산안을 승인했으며 시장은 이것이 최선의 계획이라고 말했다.")]
    [InlineData("ru", "Городской совет в понедельник утвердил бюджет, и мэр заявил, что это лучший план для города.")]
    [InlineData("ar", "وافق مجلس المدينة على الميزانية يوم الاثنين وقال رئيس البلدية إنها أفضل خطة للمدينة.")]
    public void Detect_NewsSentence_NamesItsLanguage(string expected, string text)
    {
        Assert.Equal(expected, _detector.Detect(text).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Zlatan Ibrahimovic, LA Galaxy, 2026")]
    [InlineData("12 345 678 — 9,000")]
    public void Detect_TooFewCues_IsUnknown(string text)
    {
        Assert.Equal(DetectedLanguage.Unknown, _detector.Detect(text));
    }

    [Fact]
    public void Detect_VeryLongText_ReadsOnlyASample()
    {
        var text = string.Concat(Enumerable.Repeat("Der Rat hat den Plan für die Stadt beschlossen. ", 50_000));

        Assert.Equal("de", _detector.Detect(text).Code);
    }
}
