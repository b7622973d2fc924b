"""In a Keras 3 model a plain tf.Variable attribute is not tracked, so fit never trains it; add_weight is."""
import warnings

import numpy as np
import tensorflow as tf
from tensorflow.keras import initializers


class WithTfVariable(tf.keras.Model):
    def __init__(self, num_features, num_factors):
        super().__init__()
        self.v = tf.Variable(  # (1)!
            initial_value=initializers.GlorotNormal(seed=0)(shape=(num_features, num_factors)),
            trainable=True, dtype=tf.float32)

    def call(self, X):
        return tf.reduce_sum(tf.matmul(X, self.v), axis=1, keepdims=True)


class WithAddWeight(tf.keras.Model):
    def __init__(self, num_features, num_factors):
        super().__init__()
        self.v = self.add_weight(shape=(num_features, num_factors), name="v",
                                 initializer=initializers.GlorotNormal(seed=0))

    def call(self, X):
        return tf.reduce_sum(tf.matmul(X, self.v), axis=1, keepdims=True)


X = np.ones((4, 5), dtype="float32")  # 4 samples, 5 features
y = np.zeros((4, 1), dtype="float32")
for model in (WithTfVariable(5, 3), WithAddWeight(5, 3)):
    before = model.v.numpy()
    model.compile(optimizer=tf.keras.optimizers.SGD(0.1), loss="mse")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model.fit(X, y, epochs=1, verbose=0)  # (2)!
    change = np.abs(model.v.numpy() - before).max()
    print(f"{type(model).__name__}: {len(model.trainable_variables)} trainable variable(s),"
          f" v changed by {change:.4f}, warnings: {[str(w.message) for w in caught]}")
