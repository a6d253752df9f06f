using Reports.Domain.Branding;
using Reports.Layout.Model;

namespace Reports.Brief.Branding;

/// <summary>
/// A brand as the brief's look: text in the brand's readable shades (<see cref="BrandTextColors"/>), rules and
/// accents in its secondary (else primary) colour, table headers on its primary colour, chart series in its
/// colours then the built-in palette, its body size and heading weight. What the brand leaves out stays as built in.
/// </summary>
internal static class BrandLook
{
    public static Look For(Brand brand)
    {
        if (brand.File is null)
            return Look.Default;
        var c = brand.Colors;
        var d = Look.Default;
        var text = c.Text;
        return new Look(
            Ink: text.Body ?? d.Ink,
            Heading: text.Heading ?? d.Heading,
            AccentText: text.Accent ?? text.Heading ?? d.AccentText,
            Accent: (c.Secondary ?? c.Primary)?.Hex ?? d.Accent,
            TableHeaderFill: c.Primary?.Hex ?? d.TableHeaderFill,
            TableHeaderText: text.OnPrimary ?? d.TableHeaderText,
            ChartPalette: [.. c.Series.Concat(d.ChartPalette).Distinct(StringComparer.OrdinalIgnoreCase)],
            BodySize: brand.Typography.BaseSize ?? d.BodySize,
            HeadingsBold: BrandFonts.HeadingsInBoldSlot(brand.Typography) ?? d.HeadingsBold,
            Page: c.Background?.Hex ?? d.Page)
        { HeadingsOwnFace = BrandFonts.For(brand.Typography) is [{ Heading: not null }, ..] };
    }

    public static LogoImage? Logo(BrandLogo? logo) => logo is null ? null : new LogoImage(
        logo.Path,
        logo.Format switch { ImageFormat.Png => ImageKind.Png, ImageFormat.Jpeg => ImageKind.Jpeg, _ => ImageKind.Svg },
        logo.Aspect,
        logo.Alt);
}
