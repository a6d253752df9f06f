namespace Reports.Domain.Tests;

/// <summary>A temporary folder holding a brand file and the assets it names, removed after the test.</summary>
internal sealed class BrandFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("reports-brand-").FullName;

    public string BrandPath => Path.Combine(Folder, "_brand.yml");

    /// <summary>A 3 × 2 pixel PNG (its header is all a brand reads).</summary>
    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEUlEQVR4nGP4z8DwH4YZkDkAm34L9XKwuTwAAAAASUVORK5CYII=");

    public BrandFiles With(string relative, byte[] bytes)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public BrandFiles With(string relative, string text) => With(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public Branding.BrandLoadResult Load(string yaml)
    {
        File.WriteAllText(BrandPath, yaml);
        return Branding.BrandLoader.Load(BrandPath, "_brand.yml");
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
