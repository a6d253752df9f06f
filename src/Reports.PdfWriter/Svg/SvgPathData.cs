using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Svg;

/// <summary>
/// Reads SVG path data (every command: M L H V C S Q T A Z, absolute and relative) into moves, lines and
/// cubic curves; quadratic curves and arcs become cubics. Throws <see cref="FormatException"/> saying what is wrong.
/// </summary>
internal sealed class SvgPathData
{
    private readonly List<PathSegment> segments = [];
    private readonly SvgNumberReader numbers;
    private Point current;
    private Point start;
    private Point lastControl;
    private char lastCommand;

    private SvgPathData(string data)
    {
        numbers = new SvgNumberReader(data);
    }

    public static IReadOnlyList<PathSegment> Parse(string data)
    {
        var parser = new SvgPathData(data);
        parser.Run();
        return parser.segments;
    }

    private void Run()
    {
        char command = '\0';
        while (numbers.SkipSeparators())
        {
            if (numbers.NextIsCommand(out var letter))
                command = letter;
            else if (command == '\0')
                throw new FormatException($"path data must start with a command (M), not '{numbers.Rest}'");
            else if (command is 'Z' or 'z')
                throw new FormatException($"numbers after Z in the path data: '{numbers.Rest}'");
            Step(command);
            lastCommand = command;
            command = command switch { 'M' => 'L', 'm' => 'l', _ => command };
        }
    }

    private void Step(char command)
    {
        var relative = char.IsLower(command);
        var origin = relative ? current : default;
        switch (char.ToUpperInvariant(command))
        {
            case 'M':
                current = start = Offset(origin, numbers.Point());
                segments.Add(new MoveTo(current));
                break;
            case 'L':
                Line(Offset(origin, numbers.Point()));
                break;
            case 'H':
                Line(new Point(numbers.Number() + (relative ? current.X : 0), current.Y));
                break;
            case 'V':
                Line(new Point(current.X, numbers.Number() + (relative ? current.Y : 0)));
                break;
            case 'C':
                Cubic(Offset(origin, numbers.Point()), Offset(origin, numbers.Point()), Offset(origin, numbers.Point()));
                break;
            case 'S':
                Cubic(Reflected("CcSs"), Offset(origin, numbers.Point()), Offset(origin, numbers.Point()));
                break;
            case 'Q':
                Quadratic(Offset(origin, numbers.Point()), Offset(origin, numbers.Point()));
                break;
            case 'T':
                Quadratic(Reflected("QqTt"), Offset(origin, numbers.Point()));
                break;
            case 'A':
                Arc(relative);
                break;
            case 'Z':
                segments.Add(new ClosePath());
                current = lastControl = start;
                break;
            default:
                throw new FormatException($"'{command}' is not a path command");
        }
    }

    private static Point Offset(Point origin, Point p) => new(origin.X + p.X, origin.Y + p.Y);

    private Point Reflected(string after) =>
        after.Contains(lastCommand) ? new Point((2 * current.X) - lastControl.X, (2 * current.Y) - lastControl.Y) : current;

    private void Line(Point to)
    {
        segments.Add(new LineTo(to));
        current = lastControl = to;
    }

    private void Cubic(Point c1, Point c2, Point to)
    {
        segments.Add(new CubicTo(c1, c2, to));
        (current, lastControl) = (to, c2);
    }

    private void Quadratic(Point control, Point to)
    {
        var from = current;
        Cubic(
            new Point(from.X + (2.0 / 3 * (control.X - from.X)), from.Y + (2.0 / 3 * (control.Y - from.Y))),
            new Point(to.X + (2.0 / 3 * (control.X - to.X)), to.Y + (2.0 / 3 * (control.Y - to.Y))),
            to);
        lastControl = control;
    }

    private void Arc(bool relative)
    {
        var (rx, ry, rotation) = (numbers.Number(), numbers.Number(), numbers.Number());
        var (large, sweep) = (numbers.Flag(), numbers.Flag());
        var to = Offset(relative ? current : default, numbers.Point());
        foreach (var curve in SvgArc.ToCubics(current, rx, ry, rotation, large, sweep, to))
            segments.Add(curve);
        current = lastControl = to;
    }
}
