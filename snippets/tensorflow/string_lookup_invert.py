"""invert=True maps indices back to strings; OOV indices become oov_token."""
from tensorflow.keras.layers import StringLookup

vocab = ["a", "b", "c", "d"]
data = [["a", "c", "d"], ["d", "z", "b"]]
lookup = StringLookup(vocabulary=vocab)
inverse = StringLookup(vocabulary=vocab, invert=True)
ids = lookup(data)
print(inverse(ids).numpy())  # "z" cannot come back: it was never in the vocabulary
print(StringLookup(vocabulary=vocab, invert=True, oov_token="?")([[0, 1, 4]]).numpy())
