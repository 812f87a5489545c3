package org.mtp.adapter.http.testing;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A GPX answer parsed by the JDK's XML parser (namespace-aware, no DTDs): a body that is not well-formed XML in the GPX
 * 1.1 namespace fails the test here. Shared with bootstrap's end-to-end tests.
 */
public final class GpxDocument {

    public static final String NAMESPACE = "http://www.topografix.com/GPX/1/1";
    private final Document document;

    private GpxDocument(Document document) {
        this.document = document;
    }

    public static GpxDocument parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document document = builder.parse(new InputSource(new StringReader(xml)));
            Element root = document.getDocumentElement();
            if (!NAMESPACE.equals(root.getNamespaceURI())
                    || !root.getLocalName().equals("gpx")) {
                throw new AssertionError(
                        "not a GPX 1.1 document: " + root.getNamespaceURI() + " " + root.getLocalName());
            }
            return new GpxDocument(document);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /** Every element of this GPX name, in document order. */
    public List<Element> all(String localName) {
        NodeList nodes = document.getElementsByTagNameNS(NAMESPACE, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The text of the direct child {@code localName} of {@code parent}, or null when there is none. */
    public static String child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && NAMESPACE.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(localName)) {
                return element.getTextContent();
            }
        }
        return null;
    }

    /** The direct children {@code localName} of {@code parent}. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && NAMESPACE.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(localName)) {
                found.add(element);
            }
        }
        return found;
    }
}
