using System.Text.Json;
using Reports.Cli.Output;

namespace Reports.Cli.Tests;

public sealed class ManifestDateTests
{
    [Theory]
    [InlineData("2025-05-08", 2025, 5, 8)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void A_manifest_date_is_read_as_written(string text, int year, int month, int day)
    {
        ManifestJson.Date(Json(text)).ShouldBe(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("2025-5-8")]
    [InlineData("2025-05-08T00:00")]
    [InlineData("2025/05/08")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-02-29")]
    [InlineData("2025-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("２０２５-05-08")]
    [InlineData("+025-05-08")]
    [InlineData("")]
    public void Anything_else_is_a_format_error_which_makes_the_manifest_unread(string text)
    {
        Should.Throw<FormatException>(() => ManifestJson.Date(Json(text)));
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(JsonSerializer.Serialize(text)).RootElement;
}
