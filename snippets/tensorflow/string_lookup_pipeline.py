"""StringLookup inside a Keras model, and inside a tf.data pipeline."""
import tensorflow as tf

tf.keras.utils.set_random_seed(0)  # seeds Python, NumPy and TensorFlow (the Embedding's weights)
vocab = ["a", "b", "c", "d"]
lookup = tf.keras.layers.StringLookup(vocabulary=vocab)

# 1) in a model: strings in, numbers out
inputs = tf.keras.Input(shape=(3,), dtype="string")
ids = lookup(inputs)  # (batch, 3) int64
vectors = tf.keras.layers.Embedding(input_dim=lookup.vocabulary_size(), output_dim=2)(ids)
outputs = tf.keras.layers.GlobalAveragePooling1D()(vectors)  # average the 3 vectors
model = tf.keras.Model(inputs, outputs)
print(model(tf.constant([["a", "c", "d"], ["d", "z", "b"]])).numpy().round(4))

# 2) in tf.data: strings are turned into ids while the data are read
ds = tf.data.Dataset.from_tensor_slices(([["a", "c", "d"], ["d", "z", "b"]], [1, 0]))
ds = ds.map(lambda x, y: (lookup(x), y)).batch(2)
for x_ids, y in ds:
    print(x_ids.numpy(), y.numpy())
