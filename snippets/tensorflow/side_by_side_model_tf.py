"""TensorFlow: the same 4-3-2 multilayer perceptron as a tf.keras.Model."""
import numpy as np
import tensorflow as tf


class KerasMLP(tf.keras.Model):
    def __init__(self):
        super().__init__(name="mlp")
        self.hidden = tf.keras.layers.Dense(3, activation="relu", name="hidden")
        self.out = tf.keras.layers.Dense(2, name="out")

    def call(self, X):
        return self.out(self.hidden(X))


tf.keras.utils.set_random_seed(0)
net_tf = KerasMLP()
X_np = np.random.default_rng(0).normal(size=(5, 4)).astype(np.float32)  # 5 samples, 4 features
y_tf = net_tf(X_np)  # (1)!
print(y_tf.shape)
for w in net_tf.weights:
    print(w.path, tuple(w.shape))  # kernel: (inputs, units)
