"""Agency feeds read into the plain text ``parse_article`` reads, and what the feed says for certain.

One module per format family: ``xml`` (safe parsing and element helpers), ``nitf``,
``newsml_g2``, ``newsml`` (1.2), ``wire_text`` (ANPA-1312 and IPTC 7901); ``detect`` tells them
apart; ``render`` writes the reader's text. The public face is ``wirenews.feeds``.
"""
