"""In a Keras 3 model a raw tf.Variable attribute is not tracked; add_weight is."""
import warnings

import keras
import numpy as np
import tensorflow as tf
from tensorflow.keras import initializers


class PairwiseVariable(keras.Model):
    def __init__(self, num_features, num_factors):
        super().__init__()
        self.v = tf.Variable(  # the source notes' way
            initial_value=initializers.GlorotNormal(seed=0)(shape=(num_features, num_factors)),
            trainable=True, dtype=tf.float32)

    def call(self, X):
        return tf.reduce_sum(tf.matmul(X, self.v), axis=1, keepdims=True)


class PairwiseWeight(PairwiseVariable):
    def __init__(self, num_features, num_factors):
        keras.Model.__init__(self)
        self.v = self.add_weight(shape=(num_features, num_factors),
                                 initializer=initializers.GlorotNormal(seed=0), name="v")


X = np.ones((4, 5), dtype="float32")
y = np.zeros((4, 1), dtype="float32")
for model in (PairwiseVariable(5, 3), PairwiseWeight(5, 3)):
    before = model.v.numpy()
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model.fit(X, y, epochs=1, verbose=0)
    changed = np.abs(model.v.numpy() - before).max()
    print(type(model).__name__, len(model.trainable_variables), f"{changed:.4f}", [str(w.message) for w in caught])
