using System.Collections.Concurrent;
using System.Security.Cryptography;
using Reports.Domain.Branding;

namespace Reports.Cli.Branding;

/// <summary>
/// Which brand a dataset is made with: <c>--brand FILE</c>; else <c>_brand.yml</c> beside the dataset; else
/// <c>input/_brand.yml</c>; else the built-in look. Each brand file is read once per run, however many datasets share it.
/// </summary>
internal sealed class BrandResolver(string? given, CliContext context)
{
    readonly ConcurrentDictionary<string, BrandInput> loaded = new(StringComparer.Ordinal);

    public BrandInput For(string inputPath)
    {
        var path = given ?? Beside(inputPath) ?? InInputFolder();
        return path is null ? BrandInput.BuiltIn : loaded.GetOrAdd(path, Load);
    }

    static string? Beside(string inputPath)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputPath))!, BrandLoader.FileName);
        return File.Exists(path) ? path : null;
    }

    string? InInputFolder()
    {
        var path = context.Resolve(Path.Combine("input", BrandLoader.FileName));
        return File.Exists(path) ? path : null;
    }

    BrandInput Load(string path)
    {
        var display = context.Display(path);
        var result = BrandLoader.Load(path, display);
        if (!result.IsValid)
            return new BrandInput(null, result.Errors, result.Warnings, null);
        var brand = result.Brand!;
        if (SvgProblems(brand) is { Count: > 0 } problems)
            return new BrandInput(null, problems, result.Warnings, null);
        try
        {
            return new BrandInput(brand, [], result.Warnings, new BrandRecord(display, Hash(brand)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new BrandInput(null, [new(display, 0, 0, "$", $"cannot read a file the brand names: {e.Message}", "the brand file and its logos and fonts readable")], [], null);
        }
    }

    /// <summary>Each SVG logo the SVG reader cannot draw, located in the SVG file (the drawing would otherwise fail while writing).</summary>
    List<Domain.Loading.DatasetError> SvgProblems(Brand brand) =>
        [.. new[] { brand.Logos.Small, brand.Logos.Medium, brand.Logos.Large }.OfType<BrandLogo>()
            .Where(l => l.Format == ImageFormat.Svg).Select(l => l.Path).Distinct(StringComparer.Ordinal)
            .Select(path => (path, problem: Pdf.LogoCheck.Svg(path)))
            .Where(p => p.problem is not null)
            .Select(p => new Domain.Loading.DatasetError(context.Display(p.path), p.problem!.Value.Line, p.problem.Value.Column, "$",
                $"cannot be drawn as a logo: {p.problem.Value.Problem}", "an SVG of paths and shapes, its lettering as outlines"))];

    /// <summary>SHA-256 over the brand file and each asset, each preceded by its length, in the order the brand names them.</summary>
    static string Hash(Brand brand)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var file in brand.Assets.Prepend(brand.File!))
        {
            var bytes = File.ReadAllBytes(file);
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
