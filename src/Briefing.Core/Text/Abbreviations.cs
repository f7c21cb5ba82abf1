using System.Collections.Frozen;

namespace Briefing.Text;

/// <summary>Words that end with a period without ending the sentence, per language, for the languages the splitter knows.</summary>
/// <remarks>
/// Lower-case, without the period; dotted forms ("z.B.", "p.ex.") are matched by their last part too, since the splitter
/// looks at the letters before each period. Without a known language the union applies: gluing two sentences costs
/// less than breaking one at "Nr." or "Sra.".
/// </remarks>
internal static class Abbreviations
{
    /// <summary>Languages with their own list and function words; other languages get language-neutral rules.</summary>
    public static readonly FrozenSet<string> Languages = new[] { "en", "de", "fr", "es", "it", "pt", "nl" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FrozenSet<string>> ByLanguage = new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = Set("mr mrs ms dr prof sr jr st mt ft gen gov sen rep lt col sgt capt cmdr adm maj rev hon pres supt det insp inc ltd co corp plc bros vs etc approx dept fig vol pp jan feb mar apr jun jul aug sep sept oct nov dec ave blvd calif fla conn ariz colo penn tenn okla mich minn wis e.g i.e"),
        ["de"] = Set("nr bzw ca usw vgl evtl ggf inkl zzgl hr fr dr prof str abs art ziff jh jhd mio mrd tsd bspw sog dt engl franz gem geb gest verh z.b d.h u.a o.ä u.ä s.o s.u v.a i.d.r z.t a.d"),
        ["fr"] = Set("m mm mme mmes mlle mlles dr pr me st ste av bd etc env cf p.ex c.-à-d éd vol chap art no nº"),
        ["es"] = Set("sr sra srta sres dr dra d dña ud uds lic ing arq av avda etc pág núm art admón dpto gral cía vol aprox tel"),
        ["it"] = Set("sig sigg sig.ra dott dott.ssa prof ing avv on arch geom rag egr gent spett ecc pag art tel c.so v.le p.zza"),
        ["pt"] = Set("sr sra srta dr dra prof eng arq av pág art etc tel lda cia exmo exma v.exa"),
        ["nl"] = Set("dhr mevr mw dr prof ir ing mr drs bijv enz blz nr art jl vnl ca resp m.a.w d.w.z o.a t.a.v"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Words that end sentences in some language ("held on.", "call me.", "modern art.") stay out of the union.
    private static readonly FrozenSet<string> Ambiguous = Set("on me art no d m av bd pr tel ing sog geb hr fr ed");

    private static readonly FrozenSet<string> All = ByLanguage.Values.SelectMany(s => s).Where(w => !Ambiguous.Contains(w)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The list for a language code ("de", "pt-BR"), or the union of all lists when the language is unknown or has none.</summary>
    public static FrozenSet<string> For(string? language) =>
        language is not null && ByLanguage.TryGetValue(Primary(language), out var set) ? set : All;

    /// <summary>"pt-BR" → "pt"; lower-case.</summary>
    public static string Primary(string language)
    {
        var dash = language.IndexOfAny(['-', '_']);
        return (dash < 0 ? language : language[..dash]).Trim().ToLowerInvariant();
    }

    private static FrozenSet<string> Set(string words) => words.Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
