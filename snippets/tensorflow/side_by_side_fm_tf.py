"""TensorFlow: the same factorization machine as a tf.keras.Model."""
import numpy as np
import tensorflow as tf
from tensorflow.keras import initializers


class KerasFM(tf.keras.Model):
    def __init__(self, num_features, num_factors):
        super().__init__()
        self.linear = tf.keras.layers.Dense(1)  # w_0 and the w_i
        self.v = self.add_weight(shape=(num_features, num_factors), name="v",  # row i is v_i
                                 initializer=initializers.GlorotNormal(seed=0))

    def pairwise(self, X):
        square_of_sum = tf.square(tf.matmul(X, self.v))  # (batch_size, num_factors)
        sum_of_square = tf.matmul(tf.square(X), tf.square(self.v))
        return 0.5 * tf.reduce_sum(square_of_sum - sum_of_square, axis=1, keepdims=True)

    def call(self, X):
        return self.linear(X) + self.pairwise(X)  # (batch_size, 1)


tf.keras.utils.set_random_seed(0)
fm_tf = KerasFM(num_features=6, num_factors=4)
X_fm = np.random.default_rng(1).normal(size=(8, 6)).astype(np.float32)  # 8 samples
y_fm_tf = fm_tf(X_fm)
print(y_fm_tf.shape, fm_tf.v.shape)
