using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Reports.Brief.Tests;

/// <summary>A brief's page objects read back with PdfPig: a page's decoded content stream and its ExtGState resources.</summary>
internal sealed class PdfStructure(PdfDocument pdf)
{
    /// <summary>The page's content, decoded, as Latin-1 text: its stream, or its streams one after the other (a page with late content has three).</summary>
    public string Content(int page)
    {
        var contents = Resolve(pdf.GetPage(page).Dictionary.Data["Contents"]);
        var streams = contents is ArrayToken array ? array.Data.Select(Resolve).Cast<StreamToken>() : [(StreamToken)contents];
        return string.Concat(streams.Select(s => System.Text.Encoding.Latin1.GetString(s.Decode(UglyToad.PdfPig.Filters.DefaultFilterProvider.Instance).ToArray())));
    }

    public bool HasExtGState(int page) => Resources(page).Data.ContainsKey("ExtGState");

    /// <summary>The fill (/ca) and stroke (/CA) opacity of the page's graphics state of that name.</summary>
    public (double Fill, double Stroke) Opacity(int page, string name)
    {
        var states = (DictionaryToken)Resolve(Resources(page).Data["ExtGState"]);
        var state = (DictionaryToken)Resolve(states.Data[name]);
        return (((NumericToken)state.Data["ca"]).Double, ((NumericToken)state.Data["CA"]).Double);
    }

    private DictionaryToken Resources(int page) => (DictionaryToken)Resolve(pdf.GetPage(page).Dictionary.Data["Resources"]);

    private IToken Resolve(IToken token) => token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;
}
