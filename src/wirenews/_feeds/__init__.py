"""Agency feeds read into the plain text ``parse_article`` reads, and what the feed says for certain.

One module per format family: ``nitf``, ``newsml_g2``, ``newsml`` (1.2), ``wire_text`` (ANPA-1312
and IPTC 7901), ``html``; ``safe_xml`` parses XML safely and finds elements, ``render`` writes the
reader's text, ``provider`` names the agency, ``records`` holds the results. The public face,
with ``detect`` telling the formats apart, is ``wirenews.feeds``.
"""
