"""Ties in adapt() are broken by the UTF-8 bytes of the tokens, in reverse order."""
from tensorflow.keras.layers import StringLookup

tokens = ["a", "b", "ab", "B", "Z", "9", "10", "é"]  # each appears once: all tied
layer = StringLookup()
layer.adapt(tokens)
learned = layer.get_vocabulary()[1:]  # skip "[UNK]"
print([str(t) for t in learned])
by_bytes = sorted(tokens, key=lambda t: t.encode("utf-8"), reverse=True)
print(learned == by_bytes)
