"""output_mode: one_hot, multi_hot, count and tf_idf, plus max_tokens and pad_to_max_tokens."""
import numpy as np
from tensorflow.keras.layers import StringLookup

vocab = ["a", "b", "c", "d"]
data = [["a", "c", "d"], ["d", "z", "b"]]

one_hot = StringLookup(vocabulary=vocab, output_mode="one_hot")
print(one_hot(["a", "z", "d"]).numpy())  # one row per string; column 0 is OOV

multi_hot = StringLookup(vocabulary=vocab, output_mode="multi_hot")
print(multi_hot(data).numpy())  # one row per sample: which tokens occur

count = StringLookup(vocabulary=vocab, output_mode="count")
print(count([["a", "a", "c", "z", "z"]]).numpy())  # how often each token occurs

padded = StringLookup(vocabulary=vocab, output_mode="multi_hot", max_tokens=8, pad_to_max_tokens=True)
print(padded(data).shape)  # (1)!

docs = [["a", "c", "d"], ["d", "z", "b"], ["d", "d", "a"]]
tf_idf = StringLookup(output_mode="tf_idf")
tf_idf.adapt(docs)  # learns the vocabulary and each token's idf weight
print(tf_idf.get_vocabulary())
idf = tf_idf.idf_weights.numpy()
print(idf.round(4))
doc_freq = np.array([3, 2, 1, 1, 1])  # in how many of the 3 docs d, a, z, c, b occur
expected = np.log(1 + 3 / (1 + doc_freq))  # Keras' idf formula
np.testing.assert_allclose(idf[1:], expected, rtol=1e-6)
np.testing.assert_allclose(idf[0], expected.mean(), rtol=1e-6)  # OOV gets the mean idf
print(tf_idf([["d", "d", "a", "q"]]).numpy().round(4))  # count x idf
