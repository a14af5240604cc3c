using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Receivables.Matching.Statements;

/// <summary>
/// Reads an XML file forward only, keeping the path of the current element (every step with its position among equal
/// siblings), refusing nesting deeper than the limit and texts longer than the limit. Subtrees are loaded bottom-up
/// (a child is attached to its parent when it closes, while the parent is still detached), so loading is linear in
/// the size of the subtree whatever its depth.
/// </summary>
internal sealed class XmlWalker
{
    private readonly XmlReader _reader;
    private readonly int _maxDepth;
    private readonly int _maxText;
    private readonly List<string> _steps = [];
    private readonly List<Dictionary<string, int>?> _counts = [null];
    private bool _popPending;

    public XmlWalker(XmlReader reader, StatementReaderOptions options)
    {
        _reader = reader;
        _maxDepth = options.MaxDepth;
        _maxText = options.MaxTextLength;
    }

    public XmlNodeType NodeType => _reader.NodeType;

    public string LocalName => _reader.LocalName;

    public bool IsEmptyElement => _reader.NodeType == XmlNodeType.Element && _reader.IsEmptyElement;

    /// <summary>Gets the number of open elements (the current element included while it is being read).</summary>
    public int Level => _steps.Count - (_popPending ? 1 : 0);

    public string Path => "/" + string.Join("/", _steps);

    public bool Read()
    {
        if (_popPending)
        {
            Pop();
            _popPending = false;
        }

        bool more;
        try
        {
            more = _reader.Read();
        }
        catch (XmlException ex)
        {
            throw new StatementFormatException(Path, string.Create(CultureInfo.InvariantCulture, $"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}"), ex.LineNumber, ex.LinePosition, ex);
        }

        if (!more)
        {
            return false;
        }

        switch (_reader.NodeType)
        {
            case XmlNodeType.Element:
            {
                var name = _reader.LocalName;
                var counts = _counts[^1] ??= new Dictionary<string, int>(StringComparer.Ordinal);
                var position = counts.GetValueOrDefault(name) + 1;
                counts[name] = position;
                _steps.Add(_steps.Count == 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}[{position}]"));
                _counts.Add(null);
                if (_steps.Count > _maxDepth)
                {
                    throw new StatementFormatException(Path, string.Create(CultureInfo.InvariantCulture, $"the elements nest deeper than {_maxDepth} levels (StatementReaderOptions.MaxDepth)"), null);
                }

                _popPending = _reader.IsEmptyElement;
                break;
            }

            case XmlNodeType.EndElement:
                Pop();
                break;
            case XmlNodeType.Text:
            case XmlNodeType.CDATA:
            case XmlNodeType.SignificantWhitespace:
                if (_reader.Value.Length > _maxText)
                {
                    throw new StatementFormatException(Path, string.Create(CultureInfo.InvariantCulture, $"a text of {_reader.Value.Length} characters is longer than {_maxText} (StatementReaderOptions.MaxTextLength)"), null);
                }

                break;
        }

        return true;
    }

    /// <summary>Moves to the next child element of the element at <paramref name="parentLevel"/>; false at its end.
    /// The caller must consume each child (<see cref="Load"/> or <see cref="Skip"/>) before asking for the next.</summary>
    public bool NextChild(int parentLevel)
    {
        while (Read())
        {
            if (_reader.NodeType == XmlNodeType.Element)
            {
                return true;
            }

            if (_reader.NodeType == XmlNodeType.EndElement && _steps.Count < parentLevel)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Loads the current element and its subtree (element names without namespace) and leaves the reader on
    /// its end.</summary>
    public XElement Load()
    {
        var root = NewElement();
        if (_reader.IsEmptyElement)
        {
            return root;
        }

        var open = new Stack<XElement>();
        open.Push(root);
        while (Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Element:
                {
                    var element = NewElement();
                    if (_reader.IsEmptyElement)
                    {
                        open.Peek().Add(element);
                    }
                    else
                    {
                        open.Push(element);
                    }

                    break;
                }

                case XmlNodeType.EndElement:
                {
                    var done = open.Pop();
                    if (open.Count == 0)
                    {
                        return done;
                    }

                    open.Peek().Add(done);
                    break;
                }

                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                    open.Peek().Add(new XText(_reader.Value));
                    break;
            }
        }

        throw new StatementFormatException(Path, "the file ends inside this element", null);
    }

    /// <summary>Reads past the current element and its subtree (still checking depth, text length and well-formedness).</summary>
    public void Skip()
    {
        if (_reader.IsEmptyElement)
        {
            return;
        }

        var level = _steps.Count;
        while (Read())
        {
            if (_reader.NodeType == XmlNodeType.EndElement && _steps.Count < level)
            {
                return;
            }
        }

        throw new StatementFormatException(Path, "the file ends inside this element", null);
    }

    private XElement NewElement()
    {
        var element = new XElement(_reader.LocalName);
        if (_reader.HasAttributes)
        {
            while (_reader.MoveToNextAttribute())
            {
                if (_reader.Prefix != "xmlns" && _reader.LocalName != "xmlns")
                {
                    element.SetAttributeValue(_reader.LocalName, _reader.Value);
                }
            }

            _reader.MoveToElement();
        }

        return element;
    }

    private void Pop()
    {
        _steps.RemoveAt(_steps.Count - 1);
        _counts.RemoveAt(_counts.Count - 1);
    }
}
